package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;

/**
 * The command of an agency's end: merged into a successor, or dissolved (its work possibly taken on by a successor),
 * from a day, on a legal basis; its representatives moved to the successor or disabled.
 */
@NamedInterface("api")
public record AgencyEnding(AgencyStatus how, Long successorId, LocalDate on, String legalBasis,
                           boolean moveRepresentatives) {
}
