/**
 * The home page of each role.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"account::api", "agency::api", "campaign::api", "commendation::api", "period::api", "pledge::api", "report::api", "review::api", "security", "shared"})
package vn.mttq.thidua.dashboard;

import org.springframework.modulith.ApplicationModule;
