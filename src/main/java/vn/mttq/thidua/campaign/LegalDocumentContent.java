package vn.mttq.thidua.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The bytes of a legal basis document's PDF, read only when it is downloaded. */
@Entity
@Table(name = "legal_document_content")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LegalDocumentContent {

    @Id
    @Column(name = "legal_document_file_id")
    private Long legalDocumentFileId;

    private byte[] bytes;

    LegalDocumentContent(Long legalDocumentFileId, byte[] bytes) {
        this.legalDocumentFileId = legalDocumentFileId;
        this.bytes = bytes;
    }
}
