package vn.mttq.thidua.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.account.AccountService;
import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.commendation.NominationStatus;
import vn.mttq.thidua.period.PeriodPhase;
import vn.mttq.thidua.period.PeriodReopening;
import vn.mttq.thidua.period.PeriodService;
import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.pledge.PledgeService;
import vn.mttq.thidua.report.Report;
import vn.mttq.thidua.report.ReportService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.review.ReviewStatus;

@Service
class Dashboard {

    private final CampaignService campaigns;
    private final PeriodService periods;
    private final AgencyService agencies;
    private final UnitService units;
    private final AccountService accounts;
    private final PledgeService pledges;
    private final ReportService reports;
    private final NominationService nominations;

    Dashboard(CampaignService campaigns, PeriodService periods, AgencyService agencies, UnitService units,
              AccountService accounts, PledgeService pledges, ReportService reports, NominationService nominations) {
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.periods = periods;
        this.agencies = agencies;
        this.units = units;
        this.accounts = accounts;
        this.pledges = pledges;
        this.reports = reports;
    }

    /**
     * The home page of a user, for the campaign its {@code campaign} parameter names (the current one without it):
     * what is due and returned whatever the campaign, the counts and the units' content areas of that campaign.
     */
    @Transactional(readOnly = true)
    Home homeOf(CurrentUser user, String campaignParameter) {
        LocalDate today = periods.today();
        List<Campaign> all = campaigns.list();
        Campaign campaign = campaigns.shown(campaignParameter, all).or(() -> campaigns.current(all)).orElse(null);
        if (user.isRepresentative()) {
            Agency agency = agencies.getVisible(user.getAgencyId());
            List<Unit> agencyUnits = units.ofAgency(agency.getId());
            List<Report> agencyReports = reports.ofAgency(agency.getId());
            List<ReportingPeriod> shown = periods.forHome();
            // what was returned, as long as its campaign is not closed (a closed one takes nothing back)
            return new Home(today, all, campaign, shown, agency, agencyUnits,
                    due(agencyUnits, agencyReports, today, shown),
                    pledges.returnedOfAgency(agency.getId()).stream().filter(p -> all.stream()
                            .filter(c -> c.covers(p.getYear())).allMatch(c -> c.getStatus().isOpen())).toList(),
                    agencyReports.stream().filter(r -> r.getStatus() == ReviewStatus.RETURNED)
                            .filter(r -> r.getPeriod().getCampaign().getStatus().isOpen()).toList(),
                    0, 0, 0, 0, 0, 0, 0, List.of(), 0,
                    campaign == null ? Map.of() : units.areasIn(campaign.getId(), agencyUnits.stream().map(Unit::getId).toList()));
        }
        if (campaign == null) {
            return new Home(today, all, null, periods.forHome(), null, null, List.of(), List.of(), List.of(),
                    agencies.countActive(), units.countActive(), agencies.countWithoutActiveUnits(), 0, 0, 0, 0,
                    user.isAdmin() ? accounts.lockedOrDisabled() : List.of(), 0, Map.of());
        }
        return new Home(today, all, campaign, periods.forHome(), null, null, List.of(), List.of(), List.of(),
                agencies.countActive(), units.countActive(), agencies.countWithoutActiveUnits(), pledges.countSubmitted(campaign),
                reports.countSubmitted(campaign), nominations.count(NominationStatus.SUBMITTED, campaign),
                user.isAdmin() ? nominations.count(NominationStatus.PASSED, campaign) : 0,
                user.isAdmin() ? accounts.lockedOrDisabled() : List.of(), units.countTakingPart(campaign.getId()), Map.of());
    }

    /** For each active unit, the periods that take its report today (among those the home page shows) and for which it has handed nothing in. */
    private List<Home.DueReport> due(List<Unit> agencyUnits, List<Report> agencyReports, LocalDate today,
                                     List<ReportingPeriod> shown) {
        List<Unit> active = agencyUnits.stream().filter(Unit::isActive).toList();
        List<ReportingPeriod> open = shown.stream().filter(p -> p.getKind().isReporting())
                .filter(p -> p.phaseOn(today) == PeriodPhase.OPEN || p.phaseOn(today) == PeriodPhase.LATE).toList();
        Map<Long, Set<Long>> reopened = new HashMap<>();
        Map<Long, ReportingPeriod> reopenedPeriods = new HashMap<>();
        for (PeriodReopening r : periods.openReportReopenings(active.stream().map(Unit::getId).toList())) {
            reopened.computeIfAbsent(r.getUnit().getId(), k -> new HashSet<>()).add(r.getPeriod().getId());
            reopenedPeriods.put(r.getPeriod().getId(), r.getPeriod());
        }
        Map<String, Report> byUnitAndPeriod = new HashMap<>();
        agencyReports.forEach(r -> byUnitAndPeriod.put(r.getUnit().getId() + "/" + r.getPeriod().getId(), r));
        List<Home.DueReport> due = new ArrayList<>();
        for (Unit unit : active) {
            List<ReportingPeriod> candidates = new ArrayList<>(open);
            reopened.getOrDefault(unit.getId(), Set.of()).forEach(id -> {
                if (candidates.stream().noneMatch(p -> p.getId().equals(id))) {
                    candidates.add(reopenedPeriods.get(id));
                }
            });
            for (ReportingPeriod period : candidates) {
                Report report = byUnitAndPeriod.get(unit.getId() + "/" + period.getId());
                if (report == null || report.getStatus() == ReviewStatus.DRAFT) {
                    due.add(new Home.DueReport(unit, period, report, today.isAfter(period.getDueOn())));
                }
            }
        }
        due.sort(Comparator.comparing((Home.DueReport d) -> d.period().getDueOn()).thenComparing(d -> d.unit().getName()));
        return due;
    }
}
