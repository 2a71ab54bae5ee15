/**
 * Persons: the individuals nominations name, as records that keep their history — the units they were placed in,
 * with dated moves between units and agencies (so that a transfer or the 2025 reorganisation does not cut it), and
 * the holds (discipline, investigation, pending complaint) that block their commendation while they last.
 * <p>
 * Others reach it through {@link vn.mttq.thidua.person.PersonService} and the read records it returns; the entities
 * stay inside. A person and a placement link to their unit ({@code agency}'s entity), as a nomination does.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "audit", "security", "shared", "web"})
package vn.mttq.thidua.person;

import org.springframework.modulith.ApplicationModule;
