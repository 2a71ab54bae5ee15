/**
 * Campaigns, their life, content areas and legal basis.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"attachment::api", "audit", "security", "shared", "web"})
package vn.mttq.thidua.campaign;

import org.springframework.modulith.ApplicationModule;
