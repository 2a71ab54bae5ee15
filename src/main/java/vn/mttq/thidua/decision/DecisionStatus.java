package vn.mttq.thidua.decision;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A decision's life, in one place: DRAFT → SIGNED (numbered, no longer editable) → PUBLISHED on the honor roll;
 * a signed or published decision can be REVOKED, with a reason.
 */
public enum DecisionStatus {
    DRAFT, SIGNED, PUBLISHED, REVOKED;

    private static final Map<DecisionStatus, Set<DecisionStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SIGNED),
            SIGNED, EnumSet.of(PUBLISHED, REVOKED),
            PUBLISHED, EnumSet.of(REVOKED),
            REVOKED, EnumSet.noneOf(DecisionStatus.class));

    public boolean canBecome(DecisionStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether it can still be published on the honor roll (what its page offers). */
    public boolean isPublishable() {
        return canBecome(PUBLISHED);
    }

    public boolean isRevocable() {
        return canBecome(REVOKED);
    }

    public boolean isRevoked() {
        return this == REVOKED;
    }
}
