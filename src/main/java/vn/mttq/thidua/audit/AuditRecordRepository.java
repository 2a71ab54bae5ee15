package vn.mttq.thidua.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    @Query(value = """
            select r from AuditRecord r
            where (:entityType = '' or r.entityType = :entityType)
              and (:action = '' or r.action = :action)
              and (:entityId = -1 or r.entityId = :entityId)
              and lower(r.actor) like :actorPattern escape '\\'
              and r.occurredAt >= :from and r.occurredAt < :to
              and (:staffOnly = false or r.entityType not in :adminOnly)
            order by r.occurredAt desc, r.id desc
            """)
    Page<AuditRecord> search(String entityType, String action, long entityId, String actorPattern, Instant from, Instant to,
                             boolean staffOnly, java.util.Collection<String> adminOnly, Pageable pageable);

    @Query("select distinct r.entityType from AuditRecord r order by r.entityType")
    List<String> entityTypes();

    @Query("select distinct r.action from AuditRecord r order by r.action")
    List<String> actions();
}
