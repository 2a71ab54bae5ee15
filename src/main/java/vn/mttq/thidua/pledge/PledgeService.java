package vn.mttq.thidua.pledge;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.modulith.NamedInterface;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.period.Admission;
import vn.mttq.thidua.period.PeriodService;
import vn.mttq.thidua.period.ReportingPeriod;
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
 * Pledges: a representative writes and submits their units' pledges; staff accept them or return them with a
 * reason. Every lookup is restricted to the representative's agency in the query.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class PledgeService {

    static final String SUBMISSION_TYPE = "PLEDGE";

    private final PledgeRepository pledges;
    private final UnitService units;
    private final CampaignService campaigns;
    private final PeriodService periods;
    private final SubmissionLog submissions;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PledgeService(PledgeRepository pledges, UnitService units, CampaignService campaigns, PeriodService periods,
                  SubmissionLog submissions, AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.campaigns = campaigns;
        this.periods = periods;
        this.pledges = pledges;
        this.units = units;
        this.submissions = submissions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Page<Pledge> search(PledgeFilter filter, Pageable pageable) {
        return pledges.search(CurrentUser.require().agencyScope(), filter.fromYear(), filter.toYear(), filter.year(),
                filter.areaId(), filter.agencyId(),
                filter.status(), SearchText.containsPattern(filter.q()), pageable);
    }

    public Pledge getVisible(Long id) {
        return pledges.findScoped(id, CurrentUser.require().agencyScope())
                .orElseThrow(() -> new NotFoundException("Pledge", id));
    }

    /** The pledge of a unit for a year, with its targets, if there is one. */
    public Optional<Pledge> of(Long unitId, int year) {
        return pledges.findByUnitAndYear(unitId, year);
    }

    public List<Pledge> returnedOfAgency(Long agencyId) {
        return pledges.returnedOfAgency(agencyId);
    }

    public long countSubmitted() {
        return pledges.countByReviewStatus(ReviewStatus.SUBMITTED);
    }

    /** Pledges awaiting review for the years of a campaign. */
    public long countSubmitted(Campaign campaign) {
        return pledges.countByReviewStatusAndYearBetween(ReviewStatus.SUBMITTED, campaign.getStartYear(), campaign.getEndYear());
    }

    /** What the pledge's latest submission changed; the pledge is one the user was already let see. */
    public List<Change> changesOfLatestSubmission(Pledge pledge) {
        return submissions.changesOfLatest(SUBMISSION_TYPE, pledge.getId());
    }

    /**
     * The unit's pledge for the year: the one there is, or a new draft — for a unit that takes part in the
     * campaign of that year.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Pledge start(Long unitId, int year) {
        Unit unit = units.getVisible(unitId);
        if (!unit.isActive()) {
            throw BusinessRuleException.onField("unitId", "unit.error.withdrawn");
        }
        Campaign campaign = campaigns.ofYear(year)
                .orElseThrow(() -> BusinessRuleException.onField("year", "pledge.error.noCampaign", year));
        requireCampaignOpen(year);
        if (units.participation(unitId, campaign.getId()).isEmpty()) {
            throw BusinessRuleException.onField("unitId", "pledge.error.notTakingPart", campaign.getShortName(),
                    campaign.getStartYear(), campaign.getEndYear());
        }
        return pledges.findByUnitAndYear(unitId, year).orElseGet(() -> {
            Pledge pledge = new Pledge(unit, year, EmulationTitle.ADVANCED_LABOUR_COLLECTIVE,
                    CurrentUser.require().getFullName());
            pledges.save(pledge);
            auditLog.created(pledge);
            return pledge;
        });
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Pledge save(Long id, PledgeDetails details, Long version) {
        return step(id, version, "UPDATE", p -> p.describe(details.titleAimed(), details.signatoryName().trim(),
                blankToNull(details.signatoryPosition()), details.targets()));
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Pledge submit(Long id, Long version) {
        return step(id, version, "SUBMIT", this::submit);
    }

    /**
     * Saves the form and submits the pledge in one transaction: when the submission is refused nothing is saved
     * either, and the form can be sent again on the same version.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Pledge saveAndSubmit(Long id, PledgeDetails details, Long version) {
        Pledge pledge = save(id, details, version);
        Map<String, Object> before = pledge.auditState();
        submit(pledge);
        auditLog.changed("SUBMIT", pledge, before);
        return pledge;
    }

    /** Whether the pledge can be submitted now: the agency may still change it and its year's window takes it. */
    public boolean canSubmit(Pledge pledge) {
        return pledge.getStatus().isEditable() && periods.pledgeWindow(pledge.getYear())
                .map(window -> periods.isOpenFor(window, pledge.getUnit().getId())).orElse(false);
    }

    /** The pledge window of the pledge's year, if its campaign has one. */
    public java.util.Optional<ReportingPeriod> windowOf(Pledge pledge) {
        return periods.pledgeWindow(pledge.getYear());
    }

    /** Submits within the year's pledge window: not before it opens, late after its due date, after it closes only reopened. */
    private void submit(Pledge pledge) {
        ReportingPeriod window = periods.pledgeWindow(pledge.getYear())
                .orElseThrow(() -> new BusinessRuleException("pledge.error.noWindow", pledge.getYear()));
        Admission admission = periods.admit(window, pledge.getUnit().getId());
        pledge.submit(admission, clock.instant());
        submissions.record(SUBMISSION_TYPE, pledge.getId(), admission.isLate(), pledge.snapshot());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Pledge accept(Long id, Long version) {
        Pledge pledge = step(id, version, "ACCEPT", p -> p.accept(CurrentUser.actorName(), clock.instant()));
        tell(pledge, "PLEDGE_ACCEPTED", null);
        return pledge;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Pledge returnForChanges(Long id, String reason, Long version) {
        Pledge pledge = step(id, version, "RETURN", p -> p.returnForChanges(reason, CurrentUser.actorName(), clock.instant()));
        tell(pledge, "PLEDGE_RETURNED", pledge.getReturnReason());
        return pledge;
    }

    /** Tells the agency's representatives what became of its pledge. */
    private void tell(Pledge pledge, String kind, String reason) {
        events.publishEvent(Notify.agency(kind, pledge.getUnit().getAgency().getId(),
                kind + ":" + pledge.getId() + ":" + pledge.getVersion(), "/pledges/" + pledge.getId(),
                String.valueOf(pledge.getYear()), pledge.getUnitNameOnRecord(), reason == null ? "" : reason));
    }

    /** One change of a pledge: on the version the user saw, audited with its state before and after. */
    private Pledge step(Long id, Long version, String action, java.util.function.Consumer<Pledge> change) {
        Pledge pledge = getVisible(id);
        Versions.check(Pledge.class, id, pledge.getVersion(), version);
        requireCampaignOpen(pledge.getYear());
        Map<String, Object> before = pledge.auditState();
        change.accept(pledge);
        auditLog.changed(action, pledge, before);
        return pledge;
    }

    /** A closed campaign is read-only: its pledges are neither written nor reviewed any more. */
    private void requireCampaignOpen(int year) {
        campaigns.ofYear(year).filter(c -> !c.getStatus().isOpen()).ifPresent(c -> {
            throw new BusinessRuleException("campaign.error.closed");
        });
    }

    /** The years a pledge can be written for: those of the launched campaigns, up to the current one, newest first. */
    /** The same, from the campaigns a page has already read. */
    public List<Integer> years(List<Campaign> all) {
        int thisYear = LocalDate.now(clock).getYear();
        return all.stream().filter(c -> c.getStatus() != vn.mttq.thidua.campaign.CampaignStatus.DRAFT)
                .filter(c -> c.getStartYear() <= thisYear)
                .flatMap(c -> java.util.stream.IntStream.rangeClosed(c.getStartYear(), Math.min(c.getEndYear(),
                        Math.max(thisYear, c.getStartYear()))).boxed())
                .distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
