/**
 * Accounts: sign-in, passwords, roles, the admin's account pages.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "audit", "security", "shared", "web"})
package vn.mttq.thidua.account;

import org.springframework.modulith.ApplicationModule;
