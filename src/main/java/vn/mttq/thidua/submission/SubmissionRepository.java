package vn.mttq.thidua.submission;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findTop2ByEntityTypeAndEntityIdOrderByNumberDesc(String entityType, Long entityId);

    @Query("select coalesce(max(s.number), 0) from Submission s where s.entityType = :type and s.entityId = :id")
    int lastNumber(String type, Long id);
}
