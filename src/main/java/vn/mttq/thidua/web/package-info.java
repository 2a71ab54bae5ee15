/**
 * Web infrastructure: forms, error pages, formats, downloads.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
package vn.mttq.thidua.web;

import org.springframework.modulith.ApplicationModule;
