package vn.mttq.thidua.agency;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * A unit's taking part in a campaign, in one content area of that campaign. A unit takes part in several
 * campaigns over the years, once in each; its pledges and reports of a campaign belong to this area.
 */
@Entity
@Table(name = "participation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Participation implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_area_id")
    private ContentArea contentArea;

    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Version
    private long version;

    Participation(Unit unit, ContentArea area, String by, Instant at) {
        this.unit = unit;
        this.campaign = area.getCampaign();
        this.contentArea = area;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    /** Moves the unit to another content area of the same campaign, while the campaign is not closed. */
    void moveTo(ContentArea area) {
        if (!area.getCampaign().getId().equals(campaign.getId())) {
            throw BusinessRuleException.onField("contentAreaId", "unit.error.contentAreaMissing");
        }
        if (!campaign.getStatus().isOpen()) {
            throw new BusinessRuleException("campaign.error.closed");
        }
        this.contentArea = area;
    }

    @Override
    public String auditType() {
        return "Participation";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unitId", unit.getId());
        state.put("campaignId", campaign.getId());
        state.put("contentAreaId", contentArea.getId());
        return state;
    }
}
