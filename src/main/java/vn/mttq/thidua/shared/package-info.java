/**
 * Small shared building blocks: errors, search text, paging, versions, tracked entities, the clock.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {""})
package vn.mttq.thidua.shared;

import org.springframework.modulith.ApplicationModule;
