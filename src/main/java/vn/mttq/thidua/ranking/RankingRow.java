package vn.mttq.thidua.ranking;

import java.math.BigDecimal;

/**
 * One unit's place in a ranking, with the names its report was submitted under; units with the same score share a
 * rank. Values only: the ranking keeps no report entity.
 */
public record RankingRow(int rank, Long reportId, String unitName, String agencyName, BigDecimal score,
                         ClassificationLevel level) {
}
