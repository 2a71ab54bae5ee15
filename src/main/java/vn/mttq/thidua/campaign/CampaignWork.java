package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.List;

/**
 * What another module holds of a campaign that a step of the campaign's life concerns — its periods still ahead, the
 * units taking part, the pledges and reports awaiting review, drafts, nominations in progress. Each module that holds
 * such records answers for its own through this interface, which the campaign module declares and reads when it
 * shows what a step will do, and when it decides whether the step may be taken.
 */
@NamedInterface("api")
public interface CampaignWork {

    /** This module's figures of the campaign on {@code today}, in the order the confirmation page shows them. */
    List<Figure> figures(Campaign campaign, LocalDate today);

    /** Up to {@code limit} of this module's records that await review, oldest first, for the page's links. */
    default List<Waiting> waiting(Campaign campaign, int limit) {
        return List.of();
    }

    /** What a figure weighs in the rules of a step. */
    enum Weight {
        /** Work awaiting review: closing the campaign waits for it (or an admin closes anyway, with a reason). */
        AWAITING_REVIEW,
        /** Periods still open or to come: a closed campaign can be taken back to launched only while there are some. */
        PERIOD_AHEAD,
        /** Shown for what the step will leave as it is. */
        SHOWN
    }

    /**
     * One figure: how many records of a kind ({@code key} is its words in the bundles, with the count as
     * argument).
     */
    record Figure(String key, long count, Weight weight) {

        public static Figure awaitingReview(String key, long count) {
            return new Figure(key, count, Weight.AWAITING_REVIEW);
        }

        public static Figure periodAhead(String key, long count) {
            return new Figure(key, count, Weight.PERIOD_AHEAD);
        }

        public static Figure shown(String key, long count) {
            return new Figure(key, count, Weight.SHOWN);
        }
    }

    /** A record awaiting review: what it is ({@code kind} in the bundles), its name and its page. */
    record Waiting(String kind, String name, String link) {
    }
}
