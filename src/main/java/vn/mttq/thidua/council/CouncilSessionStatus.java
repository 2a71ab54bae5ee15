package vn.mttq.thidua.council;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * A council session's life, in one place: OPEN — members vote, staff record paper ballots — until it is CLOSED,
 * which settles its nominees; a session closed by mistake goes back to OPEN (an admin's step, with a reason, only
 * while none of its nominees has been approved or rejected since), its results discarded.
 */
public enum CouncilSessionStatus {
    OPEN, CLOSED;

    private static final Map<CouncilSessionStatus, Set<CouncilSessionStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(OPEN));

    public boolean canBecome(CouncilSessionStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The status after the step, or the refusal with a message for the user. */
    public CouncilSessionStatus to(CouncilSessionStatus next) {
        if (!canBecome(next)) {
            throw new BusinessRuleException(this == OPEN ? "council.error.notClosed" : "council.error.closed");
        }
        return next;
    }

    public boolean isOpen() {
        return this == OPEN;
    }
}
