package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The command of an agency's split: the successors (at least two), the successor each active unit moves to (none:
 * withdrawn), the one its representatives move to (none: disabled), from a day, on a legal basis.
 */
@NamedInterface("api")
public record AgencySplitting(Collection<Long> successorIds, Map<Long, Long> unitTo, Long representativesTo,
                              LocalDate on, String legalBasis) {
}
