/**
 * Bulk import of agencies, units and accounts from an Excel or CSV file: a template to download, a preview that lists
 * every row's errors (row and column) before anything is written, then all rows written in one transaction — all or
 * nothing — through the same services as the forms (so each is checked and audited alike), with the progress shown
 * while it runs. Imported accounts must choose their password at first sign-in.
 */
@ApplicationModule(allowedDependencies = {"account::api", "agency::api", "audit", "campaign::api", "catalogue::api", "eligibility::api", "person::api", "security", "shared", "web"})
package vn.mttq.thidua.bulkimport;

import org.springframework.modulith.ApplicationModule;
