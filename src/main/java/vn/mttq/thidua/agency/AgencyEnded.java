package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

/**
 * Published, in the same transaction, when an agency is merged into another or dissolved: the accounts module
 * moves its representatives to the successor (when staff chose so and there is one) or disables them, and tells
 * this module what it did to each ({@link AgencyService#representativeAffected}) under {@code changeId}, so that a
 * revert of the change gives them back.
 */
@NamedInterface("api")
public record AgencyEnded(Long agencyId, Long successorId, boolean moveRepresentatives, Long changeId) {
}
