/**
 * Nominations for commendation and their dossiers: proposed by an agency, appraised by staff, settled by the
 * council (the {@code council} module, reached through {@link vn.mttq.thidua.commendation.CouncilRecords}),
 * approved or rejected by an admin and named in a decision.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"account::api", "agency::api", "attachment::api", "audit", "campaign::api", "catalogue::api", "person::api", "report::api", "security", "shared", "web"})
package vn.mttq.thidua.commendation;

import org.springframework.modulith.ApplicationModule;
