/**
 * Nominations and their dossiers, the council, the catalogue of forms of commendation.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"account", "agency", "attachment", "audit", "campaign", "report", "security", "shared", "web"})
package vn.mttq.thidua.commendation;

import org.springframework.modulith.ApplicationModule;
