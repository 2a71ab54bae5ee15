package vn.mttq.thidua.report;

import vn.mttq.thidua.review.ReviewStatus;

/** The filters of the report list (the review queue); a null filter does not restrict. */
public record ReportFilter(String q, Long campaignId, Long periodId, Long areaId, Long agencyId, ReviewStatus status,
                           Boolean late) {
}
