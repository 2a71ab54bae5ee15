package vn.mttq.thidua.period;

import org.springframework.modulith.NamedInterface;

import org.springframework.context.event.EventListener;

import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignCreated;
import vn.mttq.thidua.campaign.CampaignService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.security.access.prepost.PreAuthorize;

import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Versions;

@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class PeriodService {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PeriodRepository periods;
    private final PeriodReopeningRepository reopenings;
    private final UnitService units;
    private final CampaignService campaigns;
    private final AuditLog auditLog;
    private final Clock clock;

    PeriodService(PeriodRepository periods, PeriodReopeningRepository reopenings, UnitService units,
                  CampaignService campaigns, AuditLog auditLog, Clock clock) {
        this.campaigns = campaigns;
        this.periods = periods;
        this.reopenings = reopenings;
        this.units = units;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Whether a unit may hand something in for the period today, and if so whether it is late: nothing before
     * the opening date; late after the due date; after closing only while a staff reopening for the unit lasts.
     */
    public Admission admit(ReportingPeriod period, Long unitId) {
        LocalDate today = today();
        return switch (period.phaseOn(today)) {
            case UPCOMING -> throw new BusinessRuleException(refusal(period, "notOpenYet"), DAY.format(period.getOpensOn()));
            case OPEN -> Admission.ON_TIME;
            case LATE -> Admission.LATE;
            case CLOSED -> reopenings.findByPeriodIdAndUnitId(period.getId(), unitId)
                    .filter(r -> !today.isAfter(r.getOpenUntil()))
                    .map(r -> Admission.LATE)
                    .orElseThrow(() -> new BusinessRuleException(refusal(period, "closed"), DAY.format(period.getClosesOn())));
        };
    }

    /** The message of a refusal in the words of what the period takes: a report, or a pledge. */
    private static String refusal(ReportingPeriod period, String what) {
        return (period.getKind().isReporting() ? "period.error." : "pledge.error.") + what;
    }

    /** Whether the unit could hand something in for the period today. */
    public boolean isOpenFor(ReportingPeriod period, Long unitId) {
        try {
            admit(period, unitId);
            return true;
        } catch (BusinessRuleException e) {
            return false;
        }
    }

    public List<PeriodReopening> reopenings(Long periodId) {
        return reopenings.findByPeriod(periodId);
    }

    /** The reopenings of reporting periods still running for these units: the reports due on their home page. */
    public List<PeriodReopening> openReportReopenings(java.util.Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : reopenings.findOpenForReports(unitIds, today());
    }

    /** Lets one unit submit for a closed period until the given day; a second reopening moves the day. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public PeriodReopening reopen(Long periodId, Long unitId, LocalDate openUntil, String reason) {
        ReportingPeriod period = get(periodId);
        if (openUntil.isBefore(today())) {
            throw BusinessRuleException.onField("openUntil", "period.error.reopenInPast");
        }
        Unit unit = units.getVisible(unitId);
        PeriodReopening reopening = reopenings.findByPeriodIdAndUnitId(periodId, unitId)
                .orElseGet(() -> new PeriodReopening(period, unit));
        Map<String, Object> before = reopening.getId() == null ? null : reopening.auditState();
        reopening.extend(openUntil, reason.trim(), CurrentUser.actorName(), clock.instant());
        reopenings.save(reopening);
        auditLog.record("REOPEN", reopening.auditType(), reopening.getId(), unit.getName(), before,
                reopening.auditState());
        return reopening;
    }

    /** Every reporting period (not the pledge windows), in the order they close. */
    public List<ReportingPeriod> list() {
        return periods.findAllOrdered().stream().filter(p -> p.getKind().isReporting()).toList();
    }

    /** Every period of a campaign, pledge windows included, or of every campaign for a null one. */
    public List<ReportingPeriod> all(Long campaignId) {
        return campaignId == null ? periods.findAllOrdered() : periods.ofCampaign(campaignId);
    }

    /** The pledge window of a year, if its campaign has one. */
    public java.util.Optional<ReportingPeriod> pledgeWindow(int year) {
        return periods.pledgeWindow(year);
    }

    /**
     * A new campaign gets its periods proposed: those of the campaign it was copied from, moved by the years
     * between them, or else the default pattern ({@link PeriodPattern}); staff adjust their dates before launch.
     */
    @EventListener
    void propose(CampaignCreated created) {
        Campaign campaign = campaigns.get(created.campaignId());
        List<PeriodPattern.Proposal> proposals = created.copiedFrom() == null
                ? PeriodPattern.defaults(created.startYear(), created.endYear())
                : PeriodPattern.shifted(periods.ofCampaign(created.copiedFrom()),
                        created.startYear() - campaigns.get(created.copiedFrom()).getStartYear(),
                        created.startYear(), created.endYear());
        for (PeriodPattern.Proposal proposal : proposals) {
            ReportingPeriod period = periods.save(new ReportingPeriod(campaign, proposal, clock.instant()));
            auditLog.created(period);
        }
    }

    /** Staff add a period to a campaign that is not closed: one of each kind per year. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public ReportingPeriod add(Long campaignId, PeriodKind kind, Integer year, LocalDate opens, LocalDate due, LocalDate closes) {
        Campaign campaign = campaigns.get(campaignId);
        if (campaign.getStatus() == vn.mttq.thidua.campaign.CampaignStatus.CLOSED) {
            throw new BusinessRuleException("campaign.error.closed");
        }
        if (kind == null) {
            throw BusinessRuleException.onField("kind", "period.error.kindRequired");
        }
        if (year == null || !campaign.covers(year)) {
            throw BusinessRuleException.onField("year", "period.error.yearOutsideCampaign", campaign.getStartYear(),
                    campaign.getEndYear());
        }
        if (periods.existsByCampaignIdAndKindAndYear(campaignId, kind, year)) {
            throw BusinessRuleException.onField("year", "period.error.exists");
        }
        ReportingPeriod period = periods.save(new ReportingPeriod(campaign,
                PeriodPattern.proposal(kind, year, campaign.getStartYear(), campaign.getEndYear(), opens, due, closes),
                clock.instant()));
        auditLog.created(period);
        return period;
    }

    public ReportingPeriod get(Long id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("ReportingPeriod", id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * What the home page says of periods, read once: the pledge windows that take pledges today, then the
     * reporting periods that take reports today (open or late) or, if none does, the one that opens next.
     */
    public List<ReportingPeriod> forHome() {
        LocalDate today = today();
        List<ReportingPeriod> all = periods.findAllOrdered();
        java.util.function.Predicate<ReportingPeriod> takesToday = p -> p.phaseOn(today) == PeriodPhase.OPEN
                || p.phaseOn(today) == PeriodPhase.LATE;
        List<ReportingPeriod> shown = new java.util.ArrayList<>(all.stream()
                .filter(p -> p.getKind() == PeriodKind.PLEDGE).filter(takesToday).toList());
        List<ReportingPeriod> reporting = all.stream().filter(p -> p.getKind().isReporting()).toList();
        List<ReportingPeriod> current = reporting.stream().filter(takesToday).toList();
        shown.addAll(!current.isEmpty() ? current
                : reporting.stream().filter(p -> p.phaseOn(today) == PeriodPhase.UPCOMING).limit(1).toList());
        return shown;
    }

    @Transactional
    void reschedule(Long id, PeriodForm form) {
        ReportingPeriod period = get(id);
        Versions.check(ReportingPeriod.class, id, period.getVersion(), form.getVersion());
        if (period.getCampaign().getStatus() == vn.mttq.thidua.campaign.CampaignStatus.CLOSED) {
            throw new BusinessRuleException("campaign.error.closed");
        }
        Map<String, Object> before = period.auditState();
        period.reschedule(form.getOpensOn(), form.getDueOn(), form.getClosesOn(), clock.instant());
        auditLog.changed("RESCHEDULE", period, before);
    }
}
