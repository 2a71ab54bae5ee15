/**
 * Rankings and classification of units.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"attachment::api", "audit", "campaign::api", "cluster::api", "period::api", "report::api", "shared", "web"})
package vn.mttq.thidua.ranking;

import org.springframework.modulith.ApplicationModule;
