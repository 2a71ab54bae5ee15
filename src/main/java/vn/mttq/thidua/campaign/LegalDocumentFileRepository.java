package vn.mttq.thidua.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LegalDocumentFileRepository extends JpaRepository<LegalDocumentFile, Long> {

    Optional<LegalDocumentFile> findByDocumentId(Long documentId);

    @Query("select f from LegalDocumentFile f join fetch f.document d where d.campaign.id = :campaignId")
    List<LegalDocumentFile> ofCampaign(Long campaignId);
}
