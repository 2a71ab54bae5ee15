/**
 * The home page of each role.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"account", "agency", "campaign", "commendation", "period", "pledge", "report", "review", "security", "shared"})
package vn.mttq.thidua.dashboard;

import org.springframework.modulith.ApplicationModule;
