/**
 * The demo data (demo profile only).
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"account::api", "agency::api", "campaign::api", "cluster::api", "criterion::api", "decision::api", "security", "shared"})
package vn.mttq.thidua.demo;

import org.springframework.modulith.ApplicationModule;
