package vn.mttq.thidua.report;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.criterion.Criterion;
import vn.mttq.thidua.criterion.CriterionRow;
import vn.mttq.thidua.criterion.CriterionService;
import vn.mttq.thidua.period.Admission;
import vn.mttq.thidua.period.PeriodService;
import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.pledge.PledgeService;
import vn.mttq.thidua.pledge.PledgeTarget;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Notify;
import vn.mttq.thidua.review.ReviewStatus;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.Versions;
import vn.mttq.thidua.submission.Change;
import vn.mttq.thidua.submission.SubmissionLog;

/**
 * Reports: a representative writes and submits the report of a unit for a period, within the period's window;
 * staff score it per criterion and accept it, or return it with a reason. Every lookup is restricted to the
 * representative's agency in the query.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class ReportService {

    static final String SUBMISSION_TYPE = "REPORT";

    private final ReportRepository reports;
    private final InitiativeRepository initiatives;
    private final UnitService units;
    private final PeriodService periods;
    private final PledgeService pledges;
    private final CriterionService criteria;
    private final SubmissionLog submissions;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ReportRanking ranking;

    ReportService(ReportRepository reports, InitiativeRepository initiatives, UnitService units, PeriodService periods,
                  PledgeService pledges, CriterionService criteria, SubmissionLog submissions, AuditLog auditLog,
                  Clock clock, ApplicationEventPublisher events, ReportRanking ranking) {
        this.events = events;
        this.ranking = ranking;
        this.reports = reports;
        this.initiatives = initiatives;
        this.units = units;
        this.periods = periods;
        this.pledges = pledges;
        this.criteria = criteria;
        this.submissions = submissions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Page<Report> search(ReportFilter filter, Pageable pageable) {
        List<Long> unitIds = unitsOf(filter);
        return isNone(filter, unitIds) ? Page.empty(pageable) : reports.search(unitIds == null, orNone(unitIds),
                filter.everyPeriod(), filter.periodsOrNone(), filter.areaId(), filter.status(), filter.late(),
                SearchText.containsPattern(filter.q()), pageable);
    }

    /** A page of the list's lines for the filter, as the signed-in user may see them. */
    public Page<ReportRow> rows(ReportFilter filter, Pageable pageable) {
        List<Long> unitIds = unitsOf(filter);
        return isNone(filter, unitIds) ? Page.empty(pageable) : reports.rows(unitIds == null, orNone(unitIds),
                filter.everyPeriod(), filter.periodsOrNone(), filter.areaId(), filter.status(), filter.late(),
                SearchText.containsPattern(filter.q()), pageable);
    }

    /**
     * The units whose reports the user may see with this filter: those of their agency (a representative's, whatever
     * agency the address names: another one's gives none), of the agency chosen, or null for every unit.
     */
    private List<Long> unitsOf(ReportFilter filter) {
        Long scope = CurrentUser.require().agencyScope();
        if (scope != null && filter.agencyId() != null && !scope.equals(filter.agencyId())) {
            return List.of();
        }
        Long agency = scope != null ? scope : filter.agencyId();
        return agency == null ? null : units.idsOf(agency);
    }

    /** No period let through (one chosen outside the campaign) or no unit (an agency without any): no report. */
    private static boolean isNone(ReportFilter filter, List<Long> unitIds) {
        return (!filter.everyPeriod() && filter.periodIds().isEmpty()) || (unitIds != null && unitIds.isEmpty());
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }

    /** The report with everything its pages show, if the signed-in user may see it. */
    public Report getVisible(Long id) {
        Report report = reports.findScoped(id, CurrentUser.require().agencyScope())
                .orElseThrow(() -> new NotFoundException("Report", id));
        Hibernate.initialize(report.getAchievements());
        report.getAchievements().forEach(a -> Hibernate.initialize(a.getTarget()));
        Hibernate.initialize(report.getScores());
        report.getScores().forEach(s -> Hibernate.initialize(s.getCriterion()));
        Hibernate.initialize(report.getInitiatives());
        Hibernate.initialize(report.getEvidence());
        return report;
    }

    /** The criteria tree of the report's content area, to show its scores in order. */
    public List<CriterionRow> criteriaOf(Report report) {
        return criteria.tree(report.getContentAreaId());
    }

    /** What the report's latest submission changed; the report is one the user was already let see. */
    public List<Change> changesOfLatestSubmission(Report report) {
        return submissions.changesOfLatest(SUBMISSION_TYPE, report.getId());
    }

    /** Whether the unit could submit this report today (the period's window, or a reopening). */
    public boolean isOpen(Report report) {
        return periods.isOpenFor(report.getPeriod(), report.getUnit().getId());
    }

    public List<Report> ofAgency(Long agencyId) {
        return reports.ofAgency(agencyId);
    }

    /** The approved reports of a unit the user may see, newest first: what a nomination can point to. */
    public List<Report> acceptedOfUnit(Long unitId) {
        return reports.acceptedOfUnit(units.getVisible(unitId).getId());
    }

    public long countSubmitted() {
        return reports.countByReviewStatus(ReviewStatus.SUBMITTED);
    }

    /** Reports awaiting review for the periods of a campaign. */
    public long countSubmitted(vn.mttq.thidua.campaign.Campaign campaign) {
        return reports.countByReviewStatusAndPeriodCampaignId(ReviewStatus.SUBMITTED, campaign.getId());
    }

    /** A page of the accepted reports of a period and content area ranked by score, best first, and how many there are. */
    public Page<RankedReport> ranked(long periodId, long areaId, Pageable pageable) {
        return ranking.page(periodId, areaId, pageable);
    }

    /** The same among the units of some agencies (an emulation cluster's members), ranked among themselves. */
    public Page<RankedReport> ranked(long periodId, long areaId, java.util.Collection<Long> agencyIds, Pageable pageable) {
        return ranking.page(periodId, areaId, agencyIds, pageable);
    }

    /** The unit's report for the period: the one there is, or a new draft with a row for each target and criterion. */
    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Report start(Long unitId, Long periodId) {
        Unit unit = units.getVisible(unitId);
        if (!unit.isActive()) {
            throw new BusinessRuleException("unit.error.withdrawn");
        }
        ReportingPeriod period = periods.get(periodId);
        if (!period.getKind().isReporting()) {
            throw new NotFoundException("ReportingPeriod", periodId);
        }
        if (!period.getCampaign().getStatus().isOpen()) {
            throw new BusinessRuleException("campaign.error.closed");
        }
        return reports.findByUnitIdAndPeriodId(unitId, periodId).orElseGet(() -> {
            Long area = units.participation(unitId, period.getCampaign().getId())
                    .orElseThrow(() -> new BusinessRuleException("report.error.notTakingPart",
                            period.getCampaign().getShortName(), period.getCampaign().getStartYear(),
                            period.getCampaign().getEndYear()))
                    .getContentArea().getId();
            Report report = new Report(unit, period, area);
            prepare(report);
            reports.save(report);
            auditLog.created(report);
            return report;
        });
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Report save(Long id, ReportDetails details, Long version) {
        return step(id, version, "UPDATE", r -> {
            r.requireEditable();
            prepare(r);
            r.write(details.narrative(), details.achieved(), details.selfScores(), details.initiatives());
        });
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Report submit(Long id, Long version) {
        return step(id, version, "SUBMIT", this::submit);
    }

    /**
     * Saves the form and submits the report in one transaction: when the submission is refused (the window is
     * closed, a rule is broken) nothing is saved either, and the form can be sent again on the same version.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Report saveAndSubmit(Long id, ReportDetails details, Long version) {
        Report report = save(id, details, version);
        Map<String, Object> before = report.auditState();
        submit(report);
        auditLog.changed("SUBMIT", report, before);
        return report;
    }

    private void submit(Report report) {
        Admission admission = periods.admit(report.getPeriod(), report.getUnit().getId());
        report.submit(admission, clock.instant());
        submissions.record(SUBMISSION_TYPE, report.getId(), admission.isLate(), report.snapshot());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Report score(Long id, Map<Long, BigDecimal> staffScores, Long version) {
        return step(id, version, "SCORE", r -> r.score(staffScores));
    }

    /** Scores the report and accepts it, in one step. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Report scoreAndAccept(Long id, Map<Long, BigDecimal> staffScores, Long version) {
        if (!getVisible(id).isFullyScoredWith(staffScores)) {
            throw new BusinessRuleException("report.error.unscored");
        }
        Report report = score(id, staffScores, version);
        Map<String, Object> before = report.auditState();
        report.accept(CurrentUser.actorName(), clock.instant());
        auditLog.changed("ACCEPT", report, before);
        tell(report, "REPORT_ACCEPTED", null);
        return report;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Report returnForChanges(Long id, String reason, Long version) {
        Report report = step(id, version, "RETURN", r -> r.returnForChanges(reason, CurrentUser.actorName(), clock.instant()));
        tell(report, "REPORT_RETURNED", report.getReturnReason());
        return report;
    }

    /** Tells the agency's representatives what became of its report (once per report, step and time it happens). */
    private void tell(Report report, String kind, String reason) {
        events.publishEvent(Notify.agency(kind, report.getUnit().getAgency().getId(),
                kind + ":" + report.getId() + ":" + report.getVersion(), "/reports/" + report.getId(),
                report.getPeriod().nameIn(java.util.Locale.forLanguageTag("vi")), report.getUnit().getName(),
                reason == null ? "" : reason));
    }

    /** One change of a report: on the version the user saw, audited with its state before and after. */
    private Report step(Long id, Long version, String action, java.util.function.Consumer<Report> change) {
        Report report = getVisible(id);
        Versions.check(Report.class, id, report.getVersion(), version);
        report.requireCampaignOpen();
        Map<String, Object> before = report.auditState();
        change.accept(report);
        auditLog.changed(action, report, before);
        return report;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Initiative markExemplary(Long reportId, Long initiativeId, boolean exemplary) {
        Report report = getVisible(reportId);
        report.requireCampaignOpen();
        Initiative initiative = initiatives.findInReport(initiativeId, report.getId())
                .orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
        if (exemplary && report.getStatus() != ReviewStatus.ACCEPTED) {
            throw new BusinessRuleException("initiative.error.notApproved");
        }
        Map<String, Object> before = initiative.auditState();
        initiative.markExemplary(exemplary, CurrentUser.actorName(), clock.instant());
        auditLog.changed(exemplary ? "MARK_EXEMPLARY" : "UNMARK_EXEMPLARY", initiative, before);
        return initiative;
    }

    /** Rows for the targets of the unit's accepted pledge of the period's year and for the criteria to score. */
    private void prepare(Report report) {
        List<PledgeTarget> targets = pledges.of(report.getUnit().getId(), report.getPeriod().getYear())
                .filter(p -> p.getStatus() == ReviewStatus.ACCEPTED)
                .map(p -> p.getTargets())
                .orElse(List.of());
        List<Criterion> leaves = criteria.tree(report.getContentAreaId()).stream()
                .filter(CriterionRow::leaf).map(CriterionRow::criterion).toList();
        report.prepareRows(targets, leaves);
    }
}
