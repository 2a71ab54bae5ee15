package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;

import java.util.Locale;

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
import vn.mttq.thidua.shared.Names;

/** One of a campaign's numbered content areas (nội dung thi đua), with its target group. */
@NamedInterface("api")
@Entity
@Table(name = "content_area")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ContentArea implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    private int number;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "target_group")
    private String targetGroup;
    @Column(name = "target_group_en")
    private String targetGroupEn;
    private String description;

    ContentArea(Campaign campaign, int number, AreaDetails details) {
        this.campaign = campaign;
        this.number = number;
        describe(details);
    }

    /** Corrects the area's texts; its number stays. Not once the campaign is closed. */
    void describe(AreaDetails details) {
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new BusinessRuleException("campaign.error.closed");
        }
        this.name = details.name();
        this.nameEn = details.nameEn();
        this.targetGroup = details.targetGroup();
        this.targetGroupEn = details.targetGroupEn();
        this.description = details.description();
    }

    AreaDetails details() {
        return new AreaDetails(name, nameEn, targetGroup, targetGroupEn, description);
    }

    @Override
    public String auditType() {
        return "ContentArea";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaignId", campaign.getId());
        state.put("number", number);
        state.put("name", name);
        state.put("nameEn", nameEn);
        state.put("targetGroup", targetGroup);
        state.put("targetGroupEn", targetGroupEn);
        state.put("description", description);
        return state;
    }

    /** The name in the reader's language, Vietnamese where no translation is recorded. */
    public String nameIn(Locale locale) {
        return Names.in(locale, name, nameEn);
    }

    public String targetGroupIn(Locale locale) {
        return Names.in(locale, targetGroup, targetGroupEn);
    }
}
