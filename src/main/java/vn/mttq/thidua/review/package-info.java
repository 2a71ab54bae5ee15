/**
 * The review cycle of what an agency hands in (a pledge, a report): its states and steps, and the review that
 * pledges and reports embed.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"audit", "campaign::api", "shared"})
package vn.mttq.thidua.review;

import org.springframework.modulith.ApplicationModule;
