package vn.mttq.thidua.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalDocumentRepository extends JpaRepository<LegalDocument, Long> {

    List<LegalDocument> findByCampaignIdOrderBySortOrder(Long campaignId);
}
