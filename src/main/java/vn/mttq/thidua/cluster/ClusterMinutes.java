package vn.mttq.thidua.cluster;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.attachment.StoredFile;
import vn.mttq.thidua.attachment.UploadedFile;
import vn.mttq.thidua.audit.Audited;

/** The minutes of a cluster's review meeting (a file); its bytes are kept apart, in cluster_minutes_content. */
@Entity
@Table(name = "cluster_minutes")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ClusterMinutes extends StoredFile implements Audited {

    @Column(name = "review_id")
    private Long reviewId;

    ClusterMinutes(Long reviewId, UploadedFile upload, String uploadedBy, Instant uploadedAt) {
        super(upload, uploadedBy, uploadedAt);
        this.reviewId = reviewId;
    }

    @Override
    public String auditType() {
        return "ClusterMinutes";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = fileState();
        state.put("reviewId", reviewId);
        return state;
    }
}
