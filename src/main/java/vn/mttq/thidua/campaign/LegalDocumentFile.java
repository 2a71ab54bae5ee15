package vn.mttq.thidua.campaign;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.attachment.StoredFile;
import vn.mttq.thidua.attachment.UploadedFile;

/** The PDF of a legal basis document, as it was issued; its bytes are kept apart. */
@Entity
@Table(name = "legal_document_file")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LegalDocumentFile extends StoredFile implements Audited {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "legal_document_id")
    private LegalDocument document;

    LegalDocumentFile(LegalDocument document, UploadedFile upload, String uploadedBy, Instant uploadedAt) {
        super(upload, uploadedBy, uploadedAt);
        this.document = document;
    }

    @Override
    public String auditType() {
        return "LegalDocumentFile";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = fileState();
        state.put("legalDocumentId", document.getId());
        return state;
    }
}
