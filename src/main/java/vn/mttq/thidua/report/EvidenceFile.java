package vn.mttq.thidua.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
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

/** A file of evidence (minh chứng) attached to a report; its bytes are kept apart, in evidence_content. */
@Entity
@Table(name = "evidence_file")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class EvidenceFile extends StoredFile implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    EvidenceFile(Report report, UploadedFile upload, String uploadedBy, Instant uploadedAt) {
        super(upload, uploadedBy, uploadedAt);
        this.report = report;
    }

    @Override
    public String auditType() {
        return "EvidenceFile";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("reportId", report.getId());
        state.putAll(fileState());
        return state;
    }
}
