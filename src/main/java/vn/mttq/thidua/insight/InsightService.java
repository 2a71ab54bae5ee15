package vn.mttq.thidua.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.period.PeriodService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * The campaign seen as a whole, for the signed-in user: staff and admins see every agency or the one they choose,
 * a representative only their own — whatever the address asks for.
 */
@Service
@Transactional(readOnly = true)
public class InsightService {

    private final InsightQueries queries;
    private final CampaignService campaigns;
    private final PeriodService periods;
    private final AgencyService agencies;
    private final DashboardFigures figures;
    private final AuditLog audit;
    private final Clock clock;

    InsightService(InsightQueries queries, CampaignService campaigns, PeriodService periods, AgencyService agencies,
                   DashboardFigures figures, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.figures = figures;
        this.clock = clock;
        this.campaigns = campaigns;
        this.periods = periods;
        this.agencies = agencies;
    }

    /**
     * The dashboard of a campaign ({@code campaign} parameter, else the current one), one of its reporting periods
     * ({@code periodId}, else the latest that has opened) and an agency ({@code agencyId}, staff only).
     */
    public Optional<Dashboard> dashboard(String campaignParameter, Long periodId, Long agencyId) {
        return scope(campaignParameter, periodId, agencyId).map(s -> {
            Campaign campaign = s.campaign();
            ReportingPeriod period = s.period();
            Long agency = s.agencyScope();
            DashboardFigures.Figures f = figures.get(new DashboardFigures.Key(campaign.getId(), period == null ? null : period.getId(), agency),
                    audit.latestId(), () -> figures(campaign, period, agency));
            return new Dashboard(s.campaigns(), campaign, s.periods(), period, s.agencies(), s.agency(), f.lines(),
                    PeriodLine.total(f.lines()), f.participation(), f.pledges(), f.commendations(), f.asOf());
        });
    }

    /** The dashboard's figures as they are now: four grouped statements. */
    private DashboardFigures.Figures figures(Campaign campaign, ReportingPeriod period, Long agency) {
        Instant asOf = clock.instant();
        List<PeriodLine> lines = period == null ? List.of() : queries.periodLines(campaign.getId(), period.getId(), agency, false);
        int year = period == null ? campaign.getStartYear() : period.getYear();
        List<Integer> years = IntStream.rangeClosed(campaign.getStartYear(), campaign.getEndYear()).boxed().toList();
        return new DashboardFigures.Figures(lines, Dashboard.Participation.of(queries.participation(campaign.getId(), agency)),
                queries.pledgesByStatus(campaign.getId(), year, agency),
                Dashboard.Commendations.of(years, queries.commendations(campaign.getStartYear(), campaign.getEndYear(), agency)),
                asOf);
    }

    /** What a page of the campaign's figures is about: the campaign, its reporting periods and one, the agency. */
    private Optional<Scope> scope(String campaignParameter, Long periodId, Long agencyId) {
        List<Campaign> all = campaigns.list();
        Optional<Campaign> shown = campaigns.shown(campaignParameter, all).or(() -> campaigns.current(all));
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Campaign campaign = shown.get();
        List<ReportingPeriod> reporting = periods.all(campaign.getId()).stream().filter(p -> p.getKind().isReporting()).toList();
        CurrentUser user = CurrentUser.require();
        List<Agency> choices = user.isStaffOrAdmin() ? agencies.chosen(agencyId) : List.of();
        Agency agency = user.isStaffOrAdmin() ? choices.stream().findFirst().orElse(null) : agencies.getVisible(user.getAgencyId());
        return Optional.of(new Scope(all, campaign, reporting, choosePeriod(reporting, periodId), choices, agency));
    }

    /**
     * The campaign, period and agency a page of figures is about, and the choices it offers: of agencies, the one chosen
     * (as on the lists: a province has hundreds, the country thousands; one is chosen from its page).
     */
    public record Scope(List<Campaign> campaigns, Campaign campaign, List<ReportingPeriod> periods, ReportingPeriod period,
                        List<Agency> agencies, Agency agency) {

        Long agencyScope() {
            return agency == null ? null : agency.getId();
        }
    }

    /** The period asked for, if it is one of the campaign's; else the latest that has opened; else the first. */
    private ReportingPeriod choosePeriod(List<ReportingPeriod> reporting, Long periodId) {
        LocalDate today = periods.today();
        return reporting.stream().filter(p -> p.getId().equals(periodId)).findFirst()
                .or(() -> reporting.stream().filter(p -> !p.getOpensOn().isAfter(today))
                        .max(Comparator.comparing(ReportingPeriod::getOpensOn)))
                .or(() -> reporting.stream().findFirst())
                .orElse(null);
    }

    /**
     * The consolidated report of a reporting period — a line per content area and agency — as the user may see it
     * (a representative: their agency's lines only).
     */
    public Consolidated consolidated(Long periodId) {
        ReportingPeriod period = periods.get(periodId);
        if (!period.getKind().isReporting()) {
            throw new NotFoundException("ReportingPeriod", periodId);
        }
        Long scope = CurrentUser.require().agencyScope();
        List<PeriodLine> lines = queries.periodLines(period.getCampaign().getId(), period.getId(), scope, true);
        List<PeriodLine> areas = queries.periodLines(period.getCampaign().getId(), period.getId(), scope, false);
        return new Consolidated(campaigns.get(period.getCampaign().getId()), period, lines, areas, PeriodLine.total(areas));
    }

    /** The units taking part in a campaign, filtered as the dashboard's figures link to them. */
    public Optional<TakingPartList> takingPart(String campaignParameter, Long areaId, String kind, Long periodId,
                                               boolean missingOnly, Long agencyId, org.springframework.data.domain.Pageable pageable) {
        return scope(campaignParameter, periodId, agencyId).map(s -> {
            ReportingPeriod period = periodId == null ? null : s.period();
            return new TakingPartList(s, period, areaId, kind, missingOnly && period != null,
                    queries.unitsTakingPart(s.campaign().getId(), areaId, kind, period == null ? null : period.getId(),
                            missingOnly, s.agencyScope(), pageable));
        });
    }

    /** The consolidated report's lines (by area and agency), its lines by area, and the total. */
    public record Consolidated(Campaign campaign, ReportingPeriod period, List<PeriodLine> lines, List<PeriodLine> areas, PeriodLine total) {
    }

    /** Units taking part, as filtered. */
    public record TakingPartList(Scope scope, ReportingPeriod period, Long areaId, String kind, boolean missingOnly,
                                 org.springframework.data.domain.Page<InsightQueries.TakingPart> units) {
    }

}
