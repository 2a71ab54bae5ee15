package vn.mttq.thidua.period;

public enum PeriodKind {
    ANNUAL, MID_TERM_REVIEW, FINAL_REVIEW
}
