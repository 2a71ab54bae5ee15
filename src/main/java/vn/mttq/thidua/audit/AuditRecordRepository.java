package vn.mttq.thidua.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    @Query("""
            select r from AuditRecord r
            where (:entityType = '' or r.entityType = :entityType)
              and (:actor = '' or lower(r.actor) = lower(:actor))
            order by r.occurredAt desc, r.id desc
            """)
    Page<AuditRecord> search(String entityType, String actor, Pageable pageable);

    @Query("select distinct r.entityType from AuditRecord r order by r.entityType")
    List<String> entityTypes();
}
