package vn.mttq.thidua.pledge;

import java.math.BigDecimal;

/** One target as a form gives it. */
record TargetValues(String name, String measure, BigDecimal targetValue) {
}
