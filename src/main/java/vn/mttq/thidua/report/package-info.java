/**
 * Reports, evidence, scoring and initiatives.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency", "attachment", "audit", "campaign", "criterion", "period", "pledge", "review", "security", "shared", "submission", "web"})
package vn.mttq.thidua.report;

import org.springframework.modulith.ApplicationModule;
