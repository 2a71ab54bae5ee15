package vn.mttq.thidua.period;

import org.springframework.modulith.NamedInterface;

/** Where a period stands on a given day, from its opening, due and closing dates. */
@NamedInterface("api")
public enum PeriodPhase {
    /** Before the opening date: nothing can be submitted yet. */
    UPCOMING,
    /** From opening to the due date: submissions are on time. */
    OPEN,
    /** After the due date, up to closing: submissions are accepted and marked late. */
    LATE,
    /** After closing: only a STAFF reopening lets a submission through. */
    CLOSED
}
