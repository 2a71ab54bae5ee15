package vn.mttq.thidua.audit;

import java.time.Instant;

/**
 * What the audit trail is searched for: part of the person's name, the kind of record, the action, the record's id,
 * a time range [from, to), and whether the searcher is staff (who do not see accounts' and requests' entries).
 * Empty strings and nulls mean "any".
 */
public record AuditFilter(String actor, String entityType, String action, Long entityId, Instant from, Instant to,
                          boolean staffOnly) {

    /** The kinds of record whose entries only admins read: accounts and sign-ins, refused requests. */
    public static final java.util.List<String> ADMIN_ONLY = java.util.List.of("Account", "Request");
}
