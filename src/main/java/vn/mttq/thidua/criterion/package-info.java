/**
 * The criteria tree of each content area.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"audit", "campaign::api", "shared", "web"})
package vn.mttq.thidua.criterion;

import org.springframework.modulith.ApplicationModule;
