package vn.mttq.thidua.decision;

import java.time.LocalDate;
import java.util.Set;

/** A legal document decisions are based on, as the service takes it. */
public record DecisionBasisDetails(String title, String number, LocalDate issuedOn, String description,
                                   LocalDate inForceFrom, LocalDate inForceUntil, Set<DecisionKind> kinds, int sortOrder) {
}
