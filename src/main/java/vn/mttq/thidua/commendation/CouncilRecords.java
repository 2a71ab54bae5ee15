package vn.mttq.thidua.commendation;

import org.springframework.modulith.NamedInterface;

import java.util.Optional;

/**
 * What the nominations need to know of the council, which keeps its own records and builds on this module: the
 * title of the session a nomination is before, and who recorded a nominee's paper ballot (that person may not also
 * approve it). The council module implements it.
 */
@NamedInterface("api")
public interface CouncilRecords {

    Optional<String> sessionTitle(Long sessionId);

    boolean tallyRecordedBy(Long nominationId, String username);
}
