/**
 * Files attached to records: checks, storage, download.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared", "web"})
package vn.mttq.thidua.attachment;

import org.springframework.modulith.ApplicationModule;
