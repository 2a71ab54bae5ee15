/**
 * The audit trail as people read it: each entry says who did what to which record (linked), when; an entry shows the
 * fields that changed, old and new side by side, with their labels; filters, paging and export. Staff read the
 * entries of the records they can see (not accounts' and sign-ins'), admins everything.
 * <p>
 * A module of its own because it shows the trail through the web layer, which itself writes to the trail.
 */
@ApplicationModule(allowedDependencies = {"audit", "security", "shared", "web"})
package vn.mttq.thidua.audittrail;

import org.springframework.modulith.ApplicationModule;
