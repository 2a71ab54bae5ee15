/**
 * The Emulation &amp; Commendation Council: sessions with their members and rules, the nominees put before them,
 * votes and paper ballots, and the result that settles each nominee when a session closes.
 * <p>
 * It builds on the nominations; they learn what they need of the council through {@link
 * vn.mttq.thidua.commendation.CouncilRecords}, which this module implements.
 */
@ApplicationModule(allowedDependencies = {"account::api", "agency::api", "audit", "catalogue::api", "commendation::api", "security", "shared", "web"})
package vn.mttq.thidua.council;

import org.springframework.modulith.ApplicationModule;
