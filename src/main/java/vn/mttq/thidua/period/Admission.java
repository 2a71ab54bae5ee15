package vn.mttq.thidua.period;

import org.springframework.modulith.NamedInterface;

/** How a submission is taken in: on time, or accepted and marked late. */
@NamedInterface("api")
public enum Admission {
    ON_TIME, LATE;

    public boolean isLate() {
        return this == LATE;
    }
}
