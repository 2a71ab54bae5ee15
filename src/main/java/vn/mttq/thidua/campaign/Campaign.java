package vn.mttq.thidua.campaign;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.TrackedEntity;
import vn.mttq.thidua.shared.Names;

/**
 * An emulation campaign (phong trào thi đua), with its legal basis and its content areas, through its life
 * ({@link CampaignStatus}): a draft is set up freely; once launched, its content areas keep their numbering.
 */
@NamedInterface("api")
@Entity
@Table(name = "campaign")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Campaign extends TrackedEntity implements Audited {

    /** The longest campaign the application takes: a phase of the national movement is five years. */
    static final int MAX_YEARS = 10;

    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "short_name")
    private String shortName;
    private String organiser;
    @Column(name = "coordinating_body")
    private String coordinatingBody;
    private String description;
    @Column(name = "start_year")
    private int startYear;
    @Column(name = "end_year")
    private int endYear;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status = CampaignStatus.DRAFT;
    @Column(name = "launched_at")
    private Instant launchedAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "campaign")
    @OrderBy("sortOrder")
    private List<LegalDocument> legalDocuments = new ArrayList<>();

    @OneToMany(mappedBy = "campaign")
    @OrderBy("number")
    private List<ContentArea> contentAreas = new ArrayList<>();

    Campaign(String code, CampaignDetails details) {
        this.code = code;
        describe(details);
    }

    /** The campaign's texts, and its years while it is a draft. */
    void describe(CampaignDetails details) {
        requireOpen();
        if (details.endYear() < details.startYear() || details.endYear() - details.startYear() >= MAX_YEARS) {
            throw BusinessRuleException.onField("endYear", "campaign.error.years", MAX_YEARS);
        }
        if (!status.isDraft() && (details.startYear() != startYear || details.endYear() != endYear)) {
            throw BusinessRuleException.onField("startYear", "campaign.error.yearsFixed");
        }
        this.name = details.name();
        this.nameEn = details.nameEn();
        this.shortName = details.shortName();
        this.organiser = details.organiser();
        this.coordinatingBody = details.coordinatingBody();
        this.description = details.description();
        this.startYear = details.startYear();
        this.endYear = details.endYear();
    }

    /** The next step of the campaign's life; launching needs at least one content area. */
    void step(CampaignStatus next, Instant at) {
        if (next == CampaignStatus.LAUNCHED && contentAreas.isEmpty()) {
            throw new BusinessRuleException("campaign.error.noContentArea");
        }
        status = status.to(next);
        if (next == CampaignStatus.LAUNCHED) {
            launchedAt = at;
        } else if (next == CampaignStatus.CLOSED) {
            closedAt = at;
        }
    }

    /** A new content area, numbered after the last; only while the campaign is a draft. */
    ContentArea addArea(AreaDetails details) {
        if (!status.isDraft()) {
            throw new BusinessRuleException("campaign.error.areasFixed");
        }
        int number = contentAreas.stream().mapToInt(ContentArea::getNumber).max().orElse(0) + 1;
        ContentArea area = new ContentArea(this, number, details);
        contentAreas.add(area);
        return area;
    }

    void requireOpen() {
        if (!status.isOpen()) {
            throw new BusinessRuleException("campaign.error.closed");
        }
    }

    /** Whether a year falls within the campaign. */
    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }

    /** The name in the reader's language, Vietnamese where no translation is recorded. */
    public String nameIn(Locale locale) {
        return Names.in(locale, name, nameEn);
    }

    @Override
    public String auditType() {
        return "Campaign";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("nameEn", nameEn);
        state.put("shortName", shortName);
        state.put("organiser", organiser);
        state.put("coordinatingBody", coordinatingBody);
        state.put("description", description);
        state.put("years", startYear + "–" + endYear);
        state.put("status", status);
        return state;
    }
}
