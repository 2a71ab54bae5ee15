/**
 * Emulation clusters and blocks of a year (cụm, khối thi đua): set up by staff each year (copied from the year before,
 * the head and deputy proposed in turn), their member agencies, and the covenant (giao ước thi đua) the head drafts
 * and each member signs. Others reach it through {@link vn.mttq.thidua.cluster.ClusterService}; its entities link to
 * the agencies ({@code agency}'s entity) their members are.
 * <p>
 * The modules it may use are declared here, and the modularity test holds the code to them.
 */
@ApplicationModule(allowedDependencies = {"agency::api", "attachment::api", "audit", "campaign::api", "catalogue::api", "commendation::api", "security", "shared", "web"})
package vn.mttq.thidua.cluster;

import org.springframework.modulith.ApplicationModule;
