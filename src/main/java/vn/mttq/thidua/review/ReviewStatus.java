package vn.mttq.thidua.review;

import org.springframework.modulith.NamedInterface;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * The review cycle of what an agency hands in (a pledge, a report), in one place:
 * DRAFT → SUBMITTED → ACCEPTED | RETURNED → SUBMITTED … The agency edits a draft or a returned item; staff
 * review a submitted one. When its campaign is closed while it still awaits review (an admin's close, with a
 * reason), it is marked NOT_REVIEWED, and back to SUBMITTED if the campaign is reopened. A forbidden step is a
 * {@link BusinessRuleException} that says so.
 */
@NamedInterface("api")
public enum ReviewStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED, NOT_REVIEWED;

    private static final Map<ReviewStatus, Set<ReviewStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(ACCEPTED, RETURNED, NOT_REVIEWED),
            RETURNED, EnumSet.of(SUBMITTED),
            ACCEPTED, EnumSet.noneOf(ReviewStatus.class),
            NOT_REVIEWED, EnumSet.of(SUBMITTED));

    public boolean canBecome(ReviewStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The status after the step, or the refusal with a message for the user. */
    public ReviewStatus to(ReviewStatus next) {
        if (!canBecome(next)) {
            throw new BusinessRuleException("review.error.transition." + name() + "." + next.name());
        }
        return next;
    }

    /** Whether staff have it to accept or return (what its page offers them). */
    public boolean isAwaitingReview() {
        return canBecome(ACCEPTED);
    }

    public boolean isReturned() {
        return this == RETURNED;
    }

    public boolean isAccepted() {
        return this == ACCEPTED;
    }

    /** Whether the agency may still change it. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Every forbidden step, for the message bundles. */
    public static Set<String> forbiddenSteps() {
        Set<String> steps = new java.util.TreeSet<>();
        for (ReviewStatus from : values()) {
            for (ReviewStatus to : values()) {
                if (!from.canBecome(to)) {
                    steps.add(from.name() + "." + to.name());
                }
            }
        }
        return steps;
    }
}
