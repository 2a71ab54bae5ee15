package vn.mttq.thidua.council;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.commendation.CouncilRecords;

/** Answers the nominations' questions about the council from its sessions and paper ballots. */
@Component
@Transactional(readOnly = true)
class CouncilRecordsFromSessions implements CouncilRecords {

    private final CouncilSessionRepository sessions;
    private final CouncilTallyRepository tallies;

    CouncilRecordsFromSessions(CouncilSessionRepository sessions, CouncilTallyRepository tallies) {
        this.sessions = sessions;
        this.tallies = tallies;
    }

    @Override
    public Optional<String> sessionTitle(Long sessionId) {
        return sessions.findById(sessionId).map(CouncilSession::getTitle);
    }

    @Override
    public boolean tallyRecordedBy(Long nominationId, String username) {
        return tallies.findById(nominationId).filter(t -> t.getRecordedBy().equalsIgnoreCase(username)).isPresent();
    }
}
