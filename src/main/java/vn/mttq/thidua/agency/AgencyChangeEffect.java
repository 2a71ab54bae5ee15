package vn.mttq.thidua.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * What an agency change did to another record: a unit moved to a successor or withdrawn, a representative's account
 * moved or disabled — from which agency — so that reverting the change puts it back.
 */
@Entity
@Table(name = "agency_change_effect")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AgencyChangeEffect {

    enum Effect { MOVED, WITHDRAWN, DISABLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "change_id")
    private Long changeId;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private Long entityId;
    @Enumerated(EnumType.STRING)
    private Effect effect;
    @Column(name = "from_agency_id")
    private Long fromAgencyId;

    AgencyChangeEffect(Long changeId, String entityType, Long entityId, Effect effect, Long fromAgencyId) {
        this.changeId = changeId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.effect = effect;
        this.fromAgencyId = fromAgencyId;
    }
}
