package vn.mttq.thidua.report;

import java.math.BigDecimal;

import org.springframework.modulith.NamedInterface;

/**
 * An accepted report's place among those of its period and content area: its rank by score (competition ranking:
 * 1, 1, 3), with the names it was submitted under. Values only, read without loading the report.
 */
@NamedInterface("api")
public record RankedReport(int rank, long reportId, String unitName, String agencyName, BigDecimal score) {
}
