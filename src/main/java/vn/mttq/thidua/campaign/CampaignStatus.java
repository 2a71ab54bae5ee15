package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * A campaign's life, in one place: DRAFT → LAUNCHED → FINAL_REVIEW → CLOSED, each step forward taken by staff, and
 * the steps back that undo a final review or a close taken by mistake (FINAL_REVIEW → LAUNCHED, CLOSED →
 * FINAL_REVIEW, CLOSED → LAUNCHED), an admin's with a written reason. A draft is freely editable; once launched its
 * content areas and criteria keep their numbering (their text can still be corrected); a closed campaign is
 * read-only except for the commendations of its final review. What else a step needs (the final review period
 * begun, nothing awaiting review, periods still ahead) is {@link Campaign#check}.
 */
@NamedInterface("api")
public enum CampaignStatus {
    DRAFT, LAUNCHED, FINAL_REVIEW, CLOSED;

    /** Which way a step goes: forward, or back over a step taken before (an admin's, with a reason). */
    public enum Way { FORWARD, BACK }

    private static final Map<CampaignStatus, Map<CampaignStatus, Way>> STEPS = Map.of(
            DRAFT, Map.of(LAUNCHED, Way.FORWARD),
            LAUNCHED, Map.of(FINAL_REVIEW, Way.FORWARD),
            FINAL_REVIEW, Map.of(CLOSED, Way.FORWARD, LAUNCHED, Way.BACK),
            CLOSED, Map.of(FINAL_REVIEW, Way.BACK, LAUNCHED, Way.BACK));

    public boolean canBecome(CampaignStatus next) {
        return STEPS.get(this).containsKey(next);
    }

    /** Whether the step to {@code next} goes back over one taken before. */
    public boolean isBack(CampaignStatus next) {
        return STEPS.get(this).get(next) == Way.BACK;
    }

    /** The status after the step, or the refusal with a message for the user. */
    public CampaignStatus to(CampaignStatus next) {
        if (!canBecome(next)) {
            throw new BusinessRuleException("campaign.error.transition." + name() + "." + next.name());
        }
        return next;
    }

    /** The steps forward a campaign in this status can take (what its page offers staff). */
    public Set<CampaignStatus> next() {
        return ways(Way.FORWARD);
    }

    /** The steps back it can take (what its page offers an admin). */
    public Set<CampaignStatus> back() {
        return ways(Way.BACK);
    }

    private Set<CampaignStatus> ways(Way way) {
        Set<CampaignStatus> steps = EnumSet.noneOf(CampaignStatus.class);
        STEPS.get(this).forEach((to, w) -> {
            if (w == way) {
                steps.add(to);
            }
        });
        return steps;
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
