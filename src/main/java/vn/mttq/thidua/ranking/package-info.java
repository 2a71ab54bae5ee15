/**
 * Rankings and classification of units.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"attachment", "audit", "campaign", "period", "report", "shared", "web"})
package vn.mttq.thidua.ranking;

import org.springframework.modulith.ApplicationModule;
