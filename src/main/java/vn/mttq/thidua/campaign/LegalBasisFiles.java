package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.attachment.Attachments;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.attachment.UploadedFile;

/**
 * The PDFs of a campaign's legal basis: staff attach one to a document (a new one replaces it) while the campaign
 * is not closed, or remove it; everyone signed in downloads them.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class LegalBasisFiles {

    private final CampaignService campaigns;
    private final LegalDocumentRepository documents;
    private final LegalDocumentFileRepository files;
    private final Attachments attachments;
    private final Clock clock;

    LegalBasisFiles(CampaignService campaigns, LegalDocumentRepository documents, LegalDocumentFileRepository files,
                    Attachments attachments, Clock clock) {
        this.campaigns = campaigns;
        this.documents = documents;
        this.files = files;
        this.attachments = attachments;
        this.clock = clock;
    }

    static final Attachments.Contents CONTENTS = new Attachments.Contents("legal_document_content", "legal_document_file_id");

    /** The files of a campaign's documents, by document id. */
    public Map<Long, LegalDocumentFile> ofCampaign(Long campaignId) {
        return files.ofCampaign(campaignId).stream()
                .collect(Collectors.toMap(f -> f.getDocument().getId(), Function.identity()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public LegalDocumentFile attach(Long campaignId, Long documentId, String originalName, long size, InputStream content) {
        LegalDocument document = document(campaignId, documentId);
        document.getCampaign().requireOpen();
        UploadedFile upload = attachments.read(originalName, size, content, "legalDocument");
        if (!upload.contentType().equals("application/pdf")) {
            throw new BusinessRuleException("legalDocument.error.type");
        }
        files.findByDocumentId(documentId).ifPresent(old -> attachments.remove(old, files, CONTENTS));
        files.flush();
        return attachments.store(new LegalDocumentFile(document, upload, CurrentUser.actorName(), clock.instant()), files,
                CONTENTS, upload);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void detach(Long campaignId, Long documentId) {
        LegalDocument document = document(campaignId, documentId);
        document.getCampaign().requireOpen();
        attachments.remove(files.findByDocumentId(documentId)
                .orElseThrow(() -> new NotFoundException("LegalDocumentFile", documentId)), files, CONTENTS);
    }

    /** The document's PDF: its name and bytes. */
    public Attachments.Download download(Long campaignId, Long documentId) {
        document(campaignId, documentId);
        return attachments.download(files.findByDocumentId(documentId)
                .orElseThrow(() -> new NotFoundException("LegalDocumentFile", documentId)), CONTENTS);
    }

    private LegalDocument document(Long campaignId, Long documentId) {
        campaigns.get(campaignId);
        return documents.findById(documentId).filter(d -> d.getCampaign().getId().equals(campaignId))
                .orElseThrow(() -> new NotFoundException("LegalDocument", documentId));
    }

}
