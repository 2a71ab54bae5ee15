package vn.mttq.thidua.commendation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.attachment.StoredFile;
import vn.mttq.thidua.attachment.UploadedFile;

/** A paper of a nomination's dossier; its bytes are kept apart, in dossier_content. */
@Entity
@Table(name = "dossier_file")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DossierFile extends StoredFile implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @Enumerated(EnumType.STRING)
    private DossierKind kind;

    DossierFile(Nomination nomination, DossierKind kind, UploadedFile upload, String uploadedBy, Instant uploadedAt) {
        super(upload, uploadedBy, uploadedAt);
        this.nomination = nomination;
        this.kind = kind;
    }

    @Override
    public String auditType() {
        return "DossierFile";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("nominationId", nomination.getId());
        state.put("kind", kind);
        state.putAll(fileState());
        return state;
    }
}
