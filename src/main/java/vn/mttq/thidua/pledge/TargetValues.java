package vn.mttq.thidua.pledge;

import java.math.BigDecimal;

/** One target as a form gives it. */
public record TargetValues(String name, String measure, BigDecimal targetValue) {
}
