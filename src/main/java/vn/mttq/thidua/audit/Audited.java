package vn.mttq.thidua.audit;

import java.util.Map;

/** A record whose changes are audited: it names itself and gives the state that before/after show. */
public interface Audited {

    String auditType();

    Long getId();

    /** The fields a reader of the audit trail needs, by name, in a stable order. */
    Map<String, Object> auditState();
}
