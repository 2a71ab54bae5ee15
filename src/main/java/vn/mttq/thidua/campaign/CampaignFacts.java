package vn.mttq.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the rules of a campaign's steps ask of the other modules' records, summed from their figures: how much awaits
 * review, how many periods are still ahead, when the final review begins.
 */
record CampaignFacts(long awaitingReview, long periodsAhead, Optional<LocalDate> finalReviewOpensOn, LocalDate today) {

    static CampaignFacts of(List<CampaignWork.Figure> figures, Optional<LocalDate> finalReviewOpensOn, LocalDate today) {
        return new CampaignFacts(sum(figures, CampaignWork.Weight.AWAITING_REVIEW),
                sum(figures, CampaignWork.Weight.PERIOD_AHEAD), finalReviewOpensOn, today);
    }

    private static long sum(List<CampaignWork.Figure> figures, CampaignWork.Weight weight) {
        return figures.stream().filter(f -> f.weight() == weight).mapToLong(CampaignWork.Figure::count).sum();
    }

    boolean finalReviewBegun() {
        return finalReviewOpensOn.map(day -> !today.isBefore(day)).orElse(false);
    }
}
