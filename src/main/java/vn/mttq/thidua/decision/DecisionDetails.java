package vn.mttq.thidua.decision;

import java.time.LocalDate;
import java.util.Set;

/**
 * A draft decision as the service takes it: its kind, title, date, signer, legal basis, recipients and the approved
 * nominees it commends (an empty legal basis or recipients block gets what a new draft would).
 */
public record DecisionDetails(DecisionKind kind, String title, LocalDate signedOn, String signerName, String signerTitle,
                              String legalBasis, String recipients, Set<Long> nominationIds) {
}
