package vn.mttq.thidua.period;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Names;

/**
 * A period of a campaign with its window — opening, due and closing dates: a reporting period (kỳ báo cáo:
 * annual, mid-term review, final review) or a year's pledge window.
 */
@NamedInterface("api")
@Entity
@Table(name = "reporting_period")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportingPeriod implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind;
    private int year;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    @Version
    private long version;
    @Column(name = "updated_at")
    private Instant updatedAt;

    ReportingPeriod(Campaign campaign, PeriodPattern.Proposal proposal, Instant at) {
        this.campaign = campaign;
        this.kind = proposal.kind();
        this.year = proposal.year();
        this.name = proposal.name();
        this.nameEn = proposal.nameEn();
        reschedule(proposal.opensOn(), proposal.dueOn(), proposal.closesOn(), at);
    }

    public PeriodPhase phaseOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            return PeriodPhase.UPCOMING;
        }
        if (!day.isAfter(dueOn)) {
            return PeriodPhase.OPEN;
        }
        if (!day.isAfter(closesOn)) {
            return PeriodPhase.LATE;
        }
        return PeriodPhase.CLOSED;
    }

    public String nameIn(Locale locale) {
        return Names.in(locale, name, nameEn);
    }

    /** Moves the period's dates; they must stay in order: opening ≤ due ≤ closing. */
    void reschedule(LocalDate opens, LocalDate due, LocalDate closes, Instant now) {
        if (opens == null || due == null || closes == null) {
            throw BusinessRuleException.onField("opensOn", "period.error.datesRequired");
        }
        if (due.isBefore(opens)) {
            throw BusinessRuleException.onField("dueOn", "period.error.dueBeforeOpening");
        }
        if (closes.isBefore(due)) {
            throw BusinessRuleException.onField("closesOn", "period.error.closingBeforeDue");
        }
        this.opensOn = opens;
        this.dueOn = due;
        this.closesOn = closes;
        this.updatedAt = now;
    }

    @Override
    public String auditType() {
        return "ReportingPeriod";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaignId", campaign.getId());
        state.put("kind", kind);
        state.put("year", year);
        state.put("name", name);
        state.put("opensOn", opensOn);
        state.put("dueOn", dueOn);
        state.put("closesOn", closesOn);
        return state;
    }
}
