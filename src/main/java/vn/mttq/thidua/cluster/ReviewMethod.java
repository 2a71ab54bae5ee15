package vn.mttq.thidua.cluster;

/** How a cluster's members judge each other at the year's review: each scores the others, or votes for the leader. */
public enum ReviewMethod {
    SCORES, VOTES
}
