package vn.mttq.thidua.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import vn.mttq.thidua.review.ReviewStatus;
import vn.mttq.thidua.shared.Names;

/**
 * A report as a line of the report list: what the line shows and nothing more, read without loading the report,
 * its unit, agency and period as entities. Names as the record shows them (as submitted, else today's).
 */
public record ReportRow(Long id, String unitName, String agencyName, String periodName, String periodNameEn,
                        ReviewStatus status, boolean late, Instant submittedAt, BigDecimal totalScore) {

    public String periodNameIn(Locale locale) {
        return Names.in(locale, periodName, periodNameEn);
    }
}
