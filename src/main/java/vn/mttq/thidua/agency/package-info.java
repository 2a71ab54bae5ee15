/**
 * Agencies and their units, their changes (renamed, merged, split, dissolved) and the units' participation in each campaign.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"audit", "campaign::api", "security", "shared", "web"})
package vn.mttq.thidua.agency;

import org.springframework.modulith.ApplicationModule;
