/**
 * The public honor roll.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "audit", "campaign::api", "shared", "web"})
package vn.mttq.thidua.honorroll;

import org.springframework.modulith.ApplicationModule;
