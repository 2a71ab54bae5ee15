/**
 * The audit trail: every change of state, in the same transaction.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
package vn.mttq.thidua.audit;

import org.springframework.modulith.ApplicationModule;
