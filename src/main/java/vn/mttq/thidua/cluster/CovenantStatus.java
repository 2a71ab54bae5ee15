package vn.mttq.thidua.cluster;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * The one state machine of a covenant: drafted by the cluster's head (DRAFT), opened for the members to sign (OPEN),
 * signed when every member has (SIGNED). An open covenant nobody has signed yet goes back to its draft to be
 * corrected. Every refusal is a message key.
 */
public enum CovenantStatus {
    DRAFT, OPEN, SIGNED;

    private static final Map<CovenantStatus, Set<CovenantStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(OPEN),
            OPEN, EnumSet.of(SIGNED, DRAFT),
            SIGNED, EnumSet.noneOf(CovenantStatus.class));

    public boolean canBecome(CovenantStatus next) {
        return NEXT.get(this).contains(next);
    }

    public CovenantStatus to(CovenantStatus next) {
        if (!canBecome(next)) {
            throw new BusinessRuleException("covenant.error." + name() + "." + next.name());
        }
        return next;
    }

    public boolean isEditable() {
        return this == DRAFT;
    }

    public boolean isOpen() {
        return this == OPEN;
    }
}
