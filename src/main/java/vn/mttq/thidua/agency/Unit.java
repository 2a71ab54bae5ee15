package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.TrackedEntity;

/** A collective (đơn vị đăng ký) that an agency registers in one content area: a school, a cooperative… */
@NamedInterface("api")
@Entity
@Table(name = "unit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Unit extends TrackedEntity implements Audited {


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_area_id")
    private ContentArea contentArea;

    private String name;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private String address;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    @Enumerated(EnumType.STRING)
    private UnitStatus status = UnitStatus.ACTIVE;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Column(name = "search_key")
    private String searchKey;

    public Unit(Agency agency, ContentArea contentArea, String name, UnitKind kind) {
        this.agency = agency;
        this.contentArea = contentArea;
        this.name = name;
        this.kind = kind;
    }

    public boolean isActive() {
        return status == UnitStatus.ACTIVE;
    }

    void describe(ContentArea contentArea, String name, UnitKind kind, String address, String contactName,
                  String contactPhone, String contactEmail) {
        requireActive();
        this.contentArea = contentArea;
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
    }

    /** ACTIVE → WITHDRAWN, the unit's only transition; the reason is kept. */
    void withdraw(String reason, Instant at) {
        requireActive();
        this.status = UnitStatus.WITHDRAWN;
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
    }

    /** Taking part again, as before a withdrawal by an agency change recorded by mistake and reverted. */
    void reinstate() {
        this.status = UnitStatus.ACTIVE;
        this.withdrawnAt = null;
        this.withdrawalReason = null;
    }

    /** The unit now takes part in the area's campaign in that area: its content area is that of its latest campaign. */
    void takesPartIn(ContentArea area) {
        if (contentArea == null || area.getCampaign().getStartYear() >= contentArea.getCampaign().getStartYear()) {
            this.contentArea = area;
        }
    }

    /** The unit now belongs to another agency (its agency's successor), with its history. */
    void moveTo(Agency successor) {
        requireActive();
        this.agency = successor;
    }

    void requireActive() {
        if (status != UnitStatus.ACTIVE) {
            throw new BusinessRuleException("unit.error.withdrawn");
        }
    }

    @Override
    protected void beforeSave() {
        searchKey = SearchText.key(name, address);
    }

    @Override
    public String auditType() {
        return "Unit";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agencyId", agency.getId());
        state.put("contentAreaId", contentArea.getId());
        state.put("name", name);
        state.put("kind", kind);
        state.put("address", address);
        state.put("contactName", contactName);
        state.put("contactPhone", contactPhone);
        state.put("contactEmail", contactEmail);
        state.put("status", status);
        state.put("withdrawalReason", withdrawalReason);
        return state;
    }
}
