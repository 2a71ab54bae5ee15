package vn.mttq.thidua.campaign;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.mttq.thidua.audit.Audited;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A document of the campaign's legal basis (đề án, thông tri, chương trình phối hợp…). */
@Entity
@Table(name = "legal_document")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LegalDocument implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    private String number;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    private String issuer;
    private String title;
    @Column(name = "sort_order")
    private int sortOrder;

    LegalDocument(Campaign campaign, String number, LocalDate issuedOn, String issuer, String title, int sortOrder) {
        this.campaign = campaign;
        this.number = number;
        this.issuedOn = issuedOn;
        this.issuer = issuer;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    @Override
    public String auditType() {
        return "LegalDocument";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaignId", campaign.getId());
        state.put("number", number);
        state.put("issuedOn", issuedOn);
        state.put("issuer", issuer);
        state.put("title", title);
        return state;
    }
}
