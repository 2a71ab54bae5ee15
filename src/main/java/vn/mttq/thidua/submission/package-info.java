/**
 * The history of submissions (what changed between two).
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"security"})
package vn.mttq.thidua.submission;

import org.springframework.modulith.ApplicationModule;
