/**
 * Yearly pledges and their review.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "audit", "campaign::api", "period::api", "review::api", "security", "shared", "submission::api", "web"})
package vn.mttq.thidua.pledge;

import org.springframework.modulith.ApplicationModule;
