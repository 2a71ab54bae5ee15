/**
 * Reports, evidence, scoring and initiatives.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "attachment::api", "audit", "campaign::api", "criterion::api", "period::api", "pledge::api", "review::api", "security", "shared", "submission::api", "web"})
package vn.mttq.thidua.report;

import org.springframework.modulith.ApplicationModule;
