/**
 * Reporting periods, pledge windows and reopenings.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency", "audit", "campaign", "security", "shared", "web"})
package vn.mttq.thidua.period;

import org.springframework.modulith.ApplicationModule;
