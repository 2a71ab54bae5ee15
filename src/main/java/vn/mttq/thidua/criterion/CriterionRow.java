package vn.mttq.thidua.criterion;

import org.springframework.modulith.NamedInterface;

/** A criterion as a tree shows it: its depth, and whether reports are scored on it (it holds no others). */
@NamedInterface("api")
public record CriterionRow(Criterion criterion, int depth, boolean leaf) {
}
