package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * What a step of a campaign's life will do, as its confirmation page shows it: the figures of the work it concerns,
 * what awaits review (for a close), whether the step may be taken and by whom, and the seal the page's form carries
 * ({@link vn.mttq.thidua.shared.Confirmation}).
 */
@NamedInterface("api")
public record CampaignStepPreview(Campaign campaign, CampaignStatus to, List<CampaignWork.Figure> figures,
                                  List<CampaignWork.Waiting> waiting, StepCheck check, String confirmation) {

    /** Whether the step goes back over one taken before. */
    public boolean isBack() {
        return campaign.getStatus().isBack(to);
    }

    public long awaitingReview() {
        return figures.stream().filter(f -> f.weight() == CampaignWork.Weight.AWAITING_REVIEW)
                .mapToLong(CampaignWork.Figure::count).sum();
    }
}
