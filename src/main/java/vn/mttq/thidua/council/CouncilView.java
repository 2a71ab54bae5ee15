package vn.mttq.thidua.council;

import vn.mttq.thidua.commendation.Nomination;

import java.util.List;
import java.util.Map;

/** A council session as its page shows it; {@code seat} is the signed-in user's, or null. */
public record CouncilView(CouncilSession session, List<CouncilMember> members, List<Nomination> nominees,
                          Map<Long, Map<Long, Vote>> votes, Map<Long, CouncilResult> results, CouncilMember seat) {
}
