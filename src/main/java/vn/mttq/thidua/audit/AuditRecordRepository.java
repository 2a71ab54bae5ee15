package vn.mttq.thidua.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.mttq.thidua.shared.Paging;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    String FILTER = """
            where (:entityType = '' or r.entityType = :entityType)
              and (:action = '' or r.action = :action)
              and (:entityId = -1 or r.entityId = :entityId)
              and lower(r.actor) like :actorPattern escape '\\'
              and r.occurredAt >= :from and r.occurredAt < :to
              and (:staffOnly = false or r.entityType not in :adminOnly)
            """;

    /** A page of the trail, newest first; counted up to Paging.COUNT_LIMIT and one more (a country has millions). */
    @Query(value = "select r from AuditRecord r " + FILTER + " order by r.occurredAt desc, r.id desc",
            countQuery = "select count(*) from (select r.id as id from AuditRecord r " + FILTER
                    + Paging.COUNTED + ") counted")
    Page<AuditRecord> search(String entityType, String action, long entityId, String actorPattern, Instant from, Instant to,
                             boolean staffOnly, java.util.Collection<String> adminOnly, Pageable pageable);
}
