package vn.mttq.thidua.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    long countByReportId(Long reportId);

    Optional<EvidenceFile> findByIdAndReportId(Long id, Long reportId);
}
