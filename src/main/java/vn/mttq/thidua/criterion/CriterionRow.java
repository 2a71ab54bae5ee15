package vn.mttq.thidua.criterion;

/** A criterion as a tree shows it: its depth, and whether reports are scored on it (it holds no others). */
public record CriterionRow(Criterion criterion, int depth, boolean leaf) {
}
