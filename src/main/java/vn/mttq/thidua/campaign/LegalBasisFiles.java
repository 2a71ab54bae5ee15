package vn.mttq.thidua.campaign;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.UploadedFile;

/**
 * The PDFs of a campaign's legal basis: staff attach one to a document (a new one replaces it) while the campaign
 * is not closed, or remove it; everyone signed in downloads them.
 */
@Service
@Transactional(readOnly = true)
public class LegalBasisFiles {

    private final CampaignService campaigns;
    private final LegalDocumentRepository documents;
    private final LegalDocumentFileRepository files;
    private final LegalDocumentContentRepository contents;
    private final AuditLog auditLog;
    private final Clock clock;

    LegalBasisFiles(CampaignService campaigns, LegalDocumentRepository documents, LegalDocumentFileRepository files,
                    LegalDocumentContentRepository contents, AuditLog auditLog, Clock clock) {
        this.campaigns = campaigns;
        this.documents = documents;
        this.files = files;
        this.contents = contents;
        this.auditLog = auditLog;
        this.clock = clock;
    }

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
        UploadedFile upload = UploadedFile.read(originalName, size, content, "legalDocument");
        if (!upload.contentType().equals("application/pdf")) {
            throw new BusinessRuleException("legalDocument.error.type");
        }
        files.findByDocumentId(documentId).ifPresent(this::remove);
        files.flush();
        LegalDocumentFile file = files.save(new LegalDocumentFile(document, upload, CurrentUser.actorName(), clock.instant()));
        contents.save(new LegalDocumentContent(file.getId(), upload.bytes()));
        auditLog.created(file);
        return file;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void detach(Long campaignId, Long documentId) {
        LegalDocument document = document(campaignId, documentId);
        document.getCampaign().requireOpen();
        remove(files.findByDocumentId(documentId).orElseThrow(() -> new NotFoundException("LegalDocumentFile", documentId)));
    }

    /** The document's PDF: its name and bytes. */
    public Download download(Long campaignId, Long documentId) {
        document(campaignId, documentId);
        LegalDocumentFile file = files.findByDocumentId(documentId)
                .orElseThrow(() -> new NotFoundException("LegalDocumentFile", documentId));
        byte[] bytes = contents.findById(file.getId()).map(LegalDocumentContent::getBytes)
                .orElseThrow(() -> new NotFoundException("LegalDocumentContent", documentId));
        return new Download(file.getFileName(), file.getContentType(), bytes);
    }

    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    private LegalDocument document(Long campaignId, Long documentId) {
        campaigns.get(campaignId);
        return documents.findById(documentId).filter(d -> d.getCampaign().getId().equals(campaignId))
                .orElseThrow(() -> new NotFoundException("LegalDocument", documentId));
    }

    private void remove(LegalDocumentFile file) {
        auditLog.record("DELETE", file.auditType(), file.getId(), file.getFileName(), file.auditState(), null);
        contents.deleteById(file.getId());
        files.delete(file);
    }
}
