package vn.mttq.thidua.commendation;

import org.springframework.modulith.NamedInterface;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * The one state machine of a nomination (Law 06/2022/QH15, Decree 98/2023): proposed by the agency
 * (DRAFT → SUBMITTED), appraised by staff (→ APPRAISED for the council, or RETURNED with a reason → SUBMITTED),
 * voted by the council (→ PASSED | FAILED), approved or rejected by an admin (→ APPROVED | REJECTED), and then
 * commended on a numbered decision (→ COMMENDED) or, for forms decided elsewhere, proposed upward (→ FORWARDED).
 * A council session closed by mistake gives its nominees back (PASSED | FAILED → APPRAISED) while none is approved.
 */
@NamedInterface("api")
public enum NominationStatus {
    DRAFT, SUBMITTED, RETURNED, APPRAISED, PASSED, FAILED, APPROVED, REJECTED, COMMENDED, FORWARDED;

    private static final Map<NominationStatus, Set<NominationStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(APPRAISED, RETURNED),
            RETURNED, EnumSet.of(SUBMITTED),
            APPRAISED, EnumSet.of(PASSED, FAILED),
            PASSED, EnumSet.of(APPROVED, REJECTED, APPRAISED),
            FAILED, EnumSet.of(APPRAISED),
            APPROVED, EnumSet.of(COMMENDED, FORWARDED),
            REJECTED, EnumSet.noneOf(NominationStatus.class),
            COMMENDED, EnumSet.noneOf(NominationStatus.class),
            FORWARDED, EnumSet.noneOf(NominationStatus.class));

    public boolean canBecome(NominationStatus next) {
        return NEXT.get(this).contains(next);
    }

    public NominationStatus to(NominationStatus next) {
        if (!canBecome(next)) {
            throw new BusinessRuleException("nomination.error.transition", this.name(), next.name());
        }
        return next;
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Staff appraise it, or return it (what its page offers them). */
    public boolean isAwaitingAppraisal() {
        return canBecome(APPRAISED);
    }

    /** The council passed it: the admin approves or rejects it. */
    public boolean isAwaitingApproval() {
        return canBecome(APPROVED);
    }

    /** Approved: a decision here commends it, or it is forwarded to a higher authority. */
    public boolean isAwaitingDecision() {
        return canBecome(COMMENDED);
    }

    public boolean isReturned() {
        return this == RETURNED;
    }

    public boolean isRejected() {
        return this == REJECTED;
    }
}
