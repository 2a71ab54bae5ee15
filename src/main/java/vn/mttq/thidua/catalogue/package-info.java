/**
 * The catalogue of forms of commendation (hình thức khen thưởng): what exists, who decides it, for whom.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared", "web"})
package vn.mttq.thidua.catalogue;

import org.springframework.modulith.ApplicationModule;
