package vn.mttq.thidua.period;

/** How a submission is taken in: on time, or accepted and marked late. */
public enum Admission {
    ON_TIME, LATE;

    public boolean isLate() {
        return this == LATE;
    }
}
