package vn.mttq.thidua.cluster;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * The one state machine of a cluster's review: open while the members score or vote, closed by the head with the
 * meeting's minutes (for good: its result is what the proposals rest on). Every refusal is a message key.
 */
public enum ClusterReviewStatus {
    OPEN, CLOSED;

    private static final Map<ClusterReviewStatus, Set<ClusterReviewStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ClusterReviewStatus.class));

    public ClusterReviewStatus to(ClusterReviewStatus next) {
        if (!NEXT.get(this).contains(next)) {
            throw new BusinessRuleException("clusterReview.error." + name() + "." + next.name());
        }
        return next;
    }

    public boolean isOpen() {
        return this == OPEN;
    }
}
