package vn.mttq.thidua.honorroll;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.honorroll.HonorRollQueries.Awardee;
import vn.mttq.thidua.honorroll.HonorRollQueries.ExemplaryInitiative;
import vn.mttq.thidua.shared.KeptUntilChange;
import vn.mttq.thidua.shared.Paging;

/**
 * The honor roll as a page shows it, read in one read-only transaction and kept until something changes: it is the
 * public's page, read far more often than a decision is published or an initiative found exemplary, and each view
 * read the same campaigns, years, areas, awardees and initiatives again — six statements, most of their cost the
 * planning of them (src/bench/RESULTS.md). While nothing is audited, a view reads only the latest audit record's id.
 */
@Service
@Transactional(readOnly = true)
class HonorRollService {

    static final int PAGE_SIZE = 25;
    static final int LATEST = 12;
    private static final int KEPT = 200;

    /** What a view of the honor roll asks for. */
    record Filters(String q, String campaign, Integer year, Long area, Long agency, int page) {
    }

    /** The honor roll with these filters: the campaign shown and the choices of the filters, a page of awardees, the latest initiatives. */
    record View(Campaign campaign, List<Campaign> campaigns, List<ContentArea> areas, List<Agency> agencies, List<Integer> years,
                Page<Awardee> awardees, List<ExemplaryInitiative> initiatives) {
    }

    private final HonorRollQueries queries;
    private final CampaignService campaigns;
    private final AgencyService agencies;
    private final AuditLog audit;
    private final KeptUntilChange<Filters, View> kept;

    HonorRollService(HonorRollQueries queries, CampaignService campaigns, AgencyService agencies, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.campaigns = campaigns;
        this.agencies = agencies;
        this.audit = audit;
        this.kept = new KeptUntilChange<>(clock, KEPT);
    }

    View view(Filters filters) {
        return kept.get(filters, audit.latestId(), () -> read(filters));
    }

    /** A page of the awardees with these filters (the export reads them all, a page at a time). */
    Page<Awardee> awardees(Filters filters, Campaign shown, Pageable pageable) {
        return queries.awardees(filters.year(), from(shown), to(shown), filters.area(), filters.agency(), filters.q(), pageable);
    }

    /**
     * The campaign the honor roll shows: the one asked for, else the newest with published commendations (a
     * campaign's commendations are published after its years, so the running one often has none yet).
     */
    Campaign shown(String campaign) {
        return shown(campaign, campaigns.list(), queries.years());
    }

    private View read(Filters filters) {
        List<Campaign> all = campaigns.list();
        List<Integer> years = queries.years();
        Campaign shown = shown(filters.campaign(), all, years);
        return new View(shown, all, campaigns.areasOf(shown), agencies.chosen(filters.agency()),
                years.stream().filter(y -> shown == null || shown.covers(y)).toList(),
                awardees(filters, shown, Paging.request(filters.page(), PAGE_SIZE)),
                queries.latestInitiatives(shown == null ? null : shown.getId(), LATEST));
    }

    private Campaign shown(String campaign, List<Campaign> all, List<Integer> years) {
        return campaign == null || campaign.isBlank()
                ? all.stream().filter(c -> years.stream().anyMatch(c::covers)).findFirst()
                        .or(() -> campaigns.current(all)).orElse(null)
                : campaigns.shown(campaign, all).orElse(null);
    }

    private static Integer from(Campaign campaign) {
        return campaign == null ? null : campaign.getStartYear();
    }

    private static Integer to(Campaign campaign) {
        return campaign == null ? null : campaign.getEndYear();
    }
}
