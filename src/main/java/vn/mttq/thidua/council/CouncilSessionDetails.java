package vn.mttq.thidua.council;

import java.time.LocalDate;
import java.util.Set;

/** A council session to open: its title, day, members and rules (empty rules take the defaults). */
public record CouncilSessionDetails(String title, LocalDate heldOn, Set<Long> memberIds, Integer quorum,
                                    Integer approvalThreshold) {
}
