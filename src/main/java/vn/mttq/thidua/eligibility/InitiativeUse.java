package vn.mttq.thidua.eligibility;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Where an initiative was counted: for a nomination here, or (in words) for a title or form decided elsewhere. Its
 * key is the initiative's: one initiative counts once.
 */
@Entity
@Table(name = "initiative_use")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class InitiativeUse {

    @Id
    @Column(name = "initiative_id")
    private Long initiativeId;
    @Column(name = "nomination_id")
    private Long nominationId;
    @Column(name = "used_elsewhere")
    private String usedElsewhere;
    @Column(name = "used_by")
    private String usedBy;
    @Column(name = "used_at")
    private Instant usedAt;

    InitiativeUse(Long initiativeId, Long nominationId, String usedElsewhere, String usedBy, Instant usedAt) {
        this.initiativeId = initiativeId;
        this.nominationId = nominationId;
        this.usedElsewhere = usedElsewhere;
        this.usedBy = usedBy;
        this.usedAt = usedAt;
    }
}
