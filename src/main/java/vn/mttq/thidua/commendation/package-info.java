/**
 * Nominations and their dossiers, and the council that votes on them.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"account", "agency", "attachment", "audit", "campaign", "catalogue", "report", "security", "shared", "web"})
package vn.mttq.thidua.commendation;

import org.springframework.modulith.ApplicationModule;
