package vn.mttq.thidua.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The bytes of an evidence file, read only when it is downloaded. */
@Entity
@Table(name = "evidence_content")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EvidenceContent {

    @Id
    @Column(name = "evidence_file_id")
    private Long evidenceFileId;

    private byte[] bytes;

    EvidenceContent(Long evidenceFileId, byte[] bytes) {
        this.evidenceFileId = evidenceFileId;
        this.bytes = bytes;
    }
}
