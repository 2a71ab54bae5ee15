package vn.mttq.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

@Entity
@Table(name = "dossier_content")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class DossierContent {

    @Id
    @Column(name = "dossier_file_id")
    private Long dossierFileId;

    private byte[] bytes;

    DossierContent(Long dossierFileId, byte[] bytes) {
        this.dossierFileId = dossierFileId;
        this.bytes = bytes;
    }
}
