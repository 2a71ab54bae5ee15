package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * Whether a step of a campaign's life may be taken, and by whom: by staff as it is, only by an admin with a written
 * reason, or by nobody. {@code messageKey} and {@code argument} say why, in the bundles.
 */
@NamedInterface("api")
public record StepCheck(Verdict verdict, String messageKey, Object argument) {

    public enum Verdict { ALLOWED, ADMIN_WITH_REASON, REFUSED }

    /** The longest reason the campaign keeps (its column's size). */
    static final int MAX_REASON = 1000;

    static StepCheck allowed() {
        return new StepCheck(Verdict.ALLOWED, null, null);
    }

    static StepCheck adminWithReason(String messageKey, Object argument) {
        return new StepCheck(Verdict.ADMIN_WITH_REASON, messageKey, argument);
    }

    static StepCheck refused(String messageKey, Object argument) {
        return new StepCheck(Verdict.REFUSED, messageKey, argument);
    }

    public boolean isRefused() {
        return verdict == Verdict.REFUSED;
    }

    public boolean needsReason() {
        return verdict == Verdict.ADMIN_WITH_REASON;
    }

    /** Whether this person may take the step (given a reason where it needs one). */
    public boolean allows(boolean admin) {
        return verdict == Verdict.ALLOWED || (verdict == Verdict.ADMIN_WITH_REASON && admin);
    }

    /**
     * Refuses the step for this person (the message says why, and for a step that is an admin's, that it is), or for
     * a missing reason; nothing is refused when it may be taken.
     */
    void require(boolean admin, String reason) {
        if (!allows(admin)) {
            throw argument == null ? new BusinessRuleException(messageKey) : new BusinessRuleException(messageKey, argument);
        }
        if (needsReason() && (reason == null || reason.isBlank())) {
            throw BusinessRuleException.onField("reason", "campaign.error.reasonRequired");
        }
        if (needsReason() && reason.trim().length() > MAX_REASON) {
            throw BusinessRuleException.onField("reason", "campaign.error.reasonTooLong", MAX_REASON);
        }
    }
}
