package vn.mttq.thidua.commendation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;

/** A paper of a nomination's dossier; its bytes are kept apart, in {@link DossierContent}. */
@Entity
@Table(name = "dossier_file")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DossierFile implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @Enumerated(EnumType.STRING)
    private DossierKind kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    DossierFile(Nomination nomination, DossierKind kind, String fileName, String contentType, long sizeBytes,
                String sha256, String uploadedBy, Instant uploadedAt) {
        this.nomination = nomination;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
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
        state.put("fileName", fileName);
        state.put("sha256", sha256);
        return state;
    }
}
