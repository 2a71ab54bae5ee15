package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * A campaign's life, in one place: DRAFT → LAUNCHED → FINAL_REVIEW → CLOSED. A draft is freely editable; once
 * launched its content areas and criteria keep their numbering (their text can still be corrected); a closed
 * campaign is read-only except for the commendations of its final review.
 */
@NamedInterface("api")
public enum CampaignStatus {
    DRAFT, LAUNCHED, FINAL_REVIEW, CLOSED;

    private static final Map<CampaignStatus, Set<CampaignStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(LAUNCHED),
            LAUNCHED, EnumSet.of(FINAL_REVIEW),
            FINAL_REVIEW, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CampaignStatus.class));

    public boolean canBecome(CampaignStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The status after the step, or the refusal with a message for the user. */
    public CampaignStatus to(CampaignStatus next) {
        if (!canBecome(next)) {
            throw new BusinessRuleException("campaign.error.transition." + name() + "." + next.name());
        }
        return next;
    }

    /** The steps a campaign in this status can take next (what its page offers). */
    public Set<CampaignStatus> next() {
        return NEXT.get(this);
    }

    /** Whether the campaign's structure (years, which content areas there are) may still change. */
    public boolean isDraft() {
        return this == DRAFT;
    }

    /** Whether anything of the campaign may still change (texts, periods, pledges, reports). */
    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Every forbidden step, for the message bundles. */
    public static Set<String> forbiddenSteps() {
        Set<String> steps = new java.util.TreeSet<>();
        for (CampaignStatus from : values()) {
            for (CampaignStatus to : values()) {
                if (!from.canBecome(to)) {
                    steps.add(from.name() + "." + to.name());
                }
            }
        }
        return steps;
    }
}
