/**
 * Spring Security configuration and the signed-in user.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {""})
package vn.mttq.thidua.security;

import org.springframework.modulith.ApplicationModule;
