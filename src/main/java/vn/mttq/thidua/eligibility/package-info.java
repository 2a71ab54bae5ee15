/**
 * Eligibility from a nominee's history: the conditions of each form of commendation, kept as data; the titles and
 * ratings units received year by year; and the checks of a nomination against them, which the commendation module
 * reads through {@link vn.mttq.thidua.commendation.EligibilityChecks}.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "audit", "catalogue::api", "commendation::api", "person::api", "security", "shared", "web"})
package vn.mttq.thidua.eligibility;

import org.springframework.modulith.ApplicationModule;
