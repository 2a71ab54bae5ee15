package vn.mttq.thidua.report;

import java.util.List;

import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.review.ReviewStatus;

/**
 * What the report list is filtered by. The campaign and the period are the periods they let through, by id: a list
 * PostgreSQL estimates from its statistics (see ReportRepository.FILTER); null for every period (every campaign's, none
 * chosen), empty when the period chosen is not the campaign's, which nothing matches.
 */
public record ReportFilter(String q, List<Long> periodIds, Long areaId, Long agencyId, ReviewStatus status, Boolean late) {

    /**
     * The filter of the list of a campaign: {@code campaignPeriods} are its reporting periods (null for every
     * campaign), narrowed to {@code periodId} when one is chosen.
     */
    public static ReportFilter of(String q, List<ReportingPeriod> campaignPeriods, Long periodId, Long areaId, Long agencyId,
                                  ReviewStatus status, Boolean late) {
        List<Long> ids = campaignPeriods == null ? (periodId == null ? null : List.of(periodId))
                : campaignPeriods.stream().map(ReportingPeriod::getId).filter(id -> periodId == null || id.equals(periodId)).toList();
        return new ReportFilter(q, ids, areaId, agencyId, status, late);
    }

    /** Whether every period is let through. */
    public boolean everyPeriod() {
        return periodIds == null;
    }

    /** The periods for the query: none when every one is let through (the query does not read them then). */
    public List<Long> periodsOrNone() {
        return periodIds == null ? List.of() : periodIds;
    }
}
