/**
 * Decisions: drafting, signing, the legal basis of decisions, the PDFs.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "audit", "campaign::api", "catalogue::api", "commendation::api", "person::api", "security", "shared", "web"})
package vn.mttq.thidua.decision;

import org.springframework.modulith.ApplicationModule;
