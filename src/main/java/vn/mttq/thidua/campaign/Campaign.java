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
    /** Why an admin took the last step (a step back, a step over what the rules would hold back); null otherwise. */
    @Column(name = "status_reason")
    private String statusReason;

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

    /**
     * Whether the step to {@code next} may be taken, given what the campaign holds ({@code facts}): launching needs
     * a content area; the final review waits for its period to open and closing for nothing to await review — an
     * admin may go ahead of either with a reason; a step back is an admin's, with a reason, and back to launched
     * only while periods are still ahead.
     */
    StepCheck check(CampaignStatus next, CampaignFacts facts) {
        if (!status.canBecome(next)) {
            return StepCheck.refused("campaign.error.transition." + status.name() + "." + next.name(), null);
        }
        if (status.isBack(next)) {
            if (next == CampaignStatus.LAUNCHED && facts.periodsAhead() == 0) {
                return StepCheck.refused("campaign.error.periodsOver", null);
            }
            return StepCheck.adminWithReason("campaign.rule.back." + status.name() + "." + next.name(), null);
        }
        if (next == CampaignStatus.LAUNCHED && contentAreas.isEmpty()) {
            return StepCheck.refused("campaign.error.noContentArea", null);
        }
        if (next == CampaignStatus.FINAL_REVIEW && !facts.finalReviewBegun()) {
            return facts.finalReviewOpensOn().isPresent()
                    ? StepCheck.adminWithReason("campaign.rule.finalReviewEarly",
                            facts.finalReviewOpensOn().get().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    : StepCheck.adminWithReason("campaign.rule.noFinalReviewPeriod", null);
        }
        if (next == CampaignStatus.CLOSED && facts.awaitingReview() > 0) {
            return StepCheck.adminWithReason("campaign.rule.closingWithWork", facts.awaitingReview());
        }
        return StepCheck.allowed();
    }

    /** Takes the step (checked beforehand by {@link #check}); {@code reason} is an admin's, or null. */
    void step(CampaignStatus next, Instant at, String reason) {
        CampaignStatus from = status;
        status = status.to(next);
        statusReason = reason == null || reason.isBlank() ? null : reason.trim();
        if (next == CampaignStatus.LAUNCHED && from == CampaignStatus.DRAFT) {
            launchedAt = at;
        } else if (next == CampaignStatus.CLOSED) {
            closedAt = at;
        } else if (from == CampaignStatus.CLOSED) {
            closedAt = null;
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
        state.put("statusReason", statusReason);
        return state;
    }
}
