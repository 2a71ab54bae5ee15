package vn.mttq.thidua.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.mttq.thidua.security.CurrentUser;

/**
 * Writes the audit trail. Every method joins the caller's transaction and refuses to run without one, so that
 * a change and its audit record are committed together or not at all.
 */
@Service
public class AuditLog {

    private final AuditRecordRepository records;
    private final JsonMapper json;
    private final Clock clock;
    private final EntityManager em;

    AuditLog(AuditRecordRepository records, JsonMapper json, Clock clock, EntityManager em) {
        this.em = em;
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The id of the latest audit record: every change of state writes one in its own transaction, so what was read
     * when it was this id is the same while it is (shared.KeptUntilChange).
     */
    @Transactional(readOnly = true)
    public long latestId() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_record").getSingleResult()).longValue();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(Audited entity) {
        record("CREATE", entity.auditType(), entity.getId(), null, null, entity.auditState());
    }

    /** A change of {@code entity}, whose state before the change was {@code before}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String action, Audited entity, Map<String, Object> before) {
        changed(action, entity, before, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String action, Audited entity, Map<String, Object> before, String summary) {
        record(action, entity.auditType(), entity.getId(), summary, before, entity.auditState());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, String summary,
                       Map<String, Object> before, Map<String, Object> after) {
        recordAs(CurrentUser.actorName(), action, entityType, entityId, summary, before, after);
    }

    /** For what happens before anyone is signed in (a failed login): the actor is named by the caller. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String entityType, Long entityId, String summary,
                         Map<String, Object> before, Map<String, Object> after) {
        records.save(new AuditRecord(clock.instant(), actor, action, entityType, entityId,
                summary, toJson(before), toJson(after)));
    }

    /**
     * A request that was refused — a page the user may not open, a record out of their reach — recorded in a
     * transaction of its own, since nothing else happens in it. Only for a signed-in user, so that crawlers
     * knocking at random addresses do not fill the trail.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(String action, String entityType, Long entityId, String request) {
        if (CurrentUser.find().isEmpty()) {
            return;
        }
        String summary = request == null ? null : request.length() > 500 ? request.substring(0, 500) : request;
        recordAs(CurrentUser.actorName(), action, entityType, entityId, summary, null, null);
    }

    /** The entries the filter asks for, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditFilter filter, Pageable pageable) {
        String actor = filter.actor() == null ? "" : filter.actor().trim().toLowerCase(java.util.Locale.ROOT);
        return records.search(blank(filter.entityType()), blank(filter.action()),
                filter.entityId() == null ? -1 : filter.entityId(),
                "%" + actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                filter.from() == null ? java.time.Instant.EPOCH : filter.from(),
                filter.to() == null ? java.time.Instant.parse("9999-12-31T00:00:00Z") : filter.to(),
                filter.staffOnly(), AuditFilter.ADMIN_ONLY, pageable);
    }

    /** One entry, if the searcher may read it (staff: not an account's or a request's). */
    @Transactional(readOnly = true)
    public java.util.Optional<AuditRecord> find(Long id, boolean staffOnly) {
        return records.findById(id).filter(r -> !staffOnly || !AuditFilter.ADMIN_ONLY.contains(r.getEntityType()));
    }

    /** The kinds of record in the trail, in order (the filter's choices). */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return valuesOf("entity_type");
    }

    /** The actions in the trail, in order (the filter's choices). */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return valuesOf("action");
    }

    /**
     * The values of an indexed column of the trail ({@code entity_type}, {@code action}: never a user's input), in
     * order, each found by one probe of the column's index for the next value after the last: a country's trail has
     * millions of records and a few dozen values, which a {@code select distinct} read them all to find.
     */
    private List<String> valuesOf(String column) {
        @SuppressWarnings("unchecked")
        List<String> values = em.createNativeQuery("""
                with recursive found(value) as (
                    select min(%1$s) from audit_record
                    union all
                    select (select min(%1$s) from audit_record where %1$s > f.value) from found f where f.value is not null)
                select value from found where value is not null order by value""".formatted(column)).getResultList();
        return values;
    }

    private static String blank(String value) {
        return value == null ? "" : value.trim();
    }

    private String toJson(Map<String, Object> state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
