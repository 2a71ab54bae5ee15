package vn.mttq.thidua.period;

/**
 * What a period collects: the reports of a year, of the mid-term review, of the final review — or the pledges of
 * a year (its registration window, enforced as a report window is).
 */
public enum PeriodKind {
    ANNUAL, MID_TERM_REVIEW, FINAL_REVIEW, PLEDGE;

    /** Whether units report for it (every kind but the pledge window). */
    public boolean isReporting() {
        return this != PLEDGE;
    }
}
