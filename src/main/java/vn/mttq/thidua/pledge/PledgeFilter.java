package vn.mttq.thidua.pledge;

import vn.mttq.thidua.review.ReviewStatus;

/** The filters of the pledge list; a null filter does not restrict. */
public record PledgeFilter(String q, Integer fromYear, Integer toYear, Integer year, Long areaId, Long agencyId,
                           ReviewStatus status) {
}
