package vn.mttq.thidua.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.shared.NotFoundException;

/** Reads campaigns and their content areas; every role may see them. */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    private final CampaignRepository campaigns;
    private final ContentAreaRepository contentAreas;
    private final LegalDocumentRepository legalDocuments;

    CampaignService(CampaignRepository campaigns, ContentAreaRepository contentAreas,
                    LegalDocumentRepository legalDocuments) {
        this.campaigns = campaigns;
        this.contentAreas = contentAreas;
        this.legalDocuments = legalDocuments;
    }

    public List<Campaign> list() {
        return campaigns.findAllOrdered();
    }

    /** A campaign with its content areas loaded. */
    public Campaign get(Long id) {
        return campaigns.findWithContentAreas(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    public List<LegalDocument> legalBasis(Long campaignId) {
        return legalDocuments.findByCampaignIdOrderBySortOrder(campaignId);
    }

    /** Every content area of every campaign, newest campaign first: the choices of a unit's form. */
    public List<ContentArea> allContentAreas() {
        return contentAreas.findAllOrdered();
    }

    public Optional<ContentArea> findContentArea(Long id) {
        return id == null ? Optional.empty() : contentAreas.findById(id);
    }
}
