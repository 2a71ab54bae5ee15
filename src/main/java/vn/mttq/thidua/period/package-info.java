/**
 * Reporting periods, pledge windows and reopenings.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "audit", "campaign::api", "security", "shared", "web"})
package vn.mttq.thidua.period;

import org.springframework.modulith.ApplicationModule;
