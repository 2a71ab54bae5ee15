package vn.mttq.thidua.ranking;

import vn.mttq.thidua.report.Report;

/** One unit's place in a ranking; units with the same score share a rank. */
public record RankingRow(int rank, Report report, ClassificationLevel level) {
}
