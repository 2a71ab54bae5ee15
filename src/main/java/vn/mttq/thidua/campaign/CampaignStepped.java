package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

/**
 * A campaign took a step of its life, published in the transaction that takes it: the modules holding its work do
 * their part in the same transaction — on a close, what still awaited review is marked as not reviewed; on a step
 * back from closed, it awaits review again.
 *
 * @param campaignId the campaign
 * @param from       its status before
 * @param to         its status now
 * @param reason     the reason written for an admin's step (a step back, a close over work awaiting review), or null
 */
@NamedInterface("api")
public record CampaignStepped(Long campaignId, CampaignStatus from, CampaignStatus to, String reason) {

    /** Whether the campaign has just closed. */
    public boolean closed() {
        return to == CampaignStatus.CLOSED;
    }

    /** Whether a closed campaign has just been reopened. */
    public boolean reopened() {
        return from == CampaignStatus.CLOSED;
    }
}
