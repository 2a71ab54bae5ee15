package vn.mttq.thidua.campaign;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalDocumentContentRepository extends JpaRepository<LegalDocumentContent, Long> {
}
