package vn.mttq.thidua.attachment;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** What is kept about a file someone handed in (evidence, a dossier paper); its bytes are kept apart. */
@NamedInterface("api")
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
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

    protected StoredFile(UploadedFile upload, String uploadedBy, Instant uploadedAt) {
        this.fileName = upload.name();
        this.contentType = upload.contentType();
        this.sizeBytes = upload.bytes().length;
        this.sha256 = upload.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** The file's part of an audit record. */
    protected Map<String, Object> fileState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("sizeBytes", sizeBytes);
        state.put("sha256", sha256);
        return state;
    }
}
