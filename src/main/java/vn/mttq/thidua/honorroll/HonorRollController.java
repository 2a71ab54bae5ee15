package vn.mttq.thidua.honorroll;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.decision.Decision;
import vn.mttq.thidua.decision.DecisionService;
import vn.mttq.thidua.report.ReportService;
import vn.mttq.thidua.shared.Paging;

/**
 * The public honor roll (bảng vàng): published decisions, the collectives and individuals they commend — by
 * year, content area and agency, searchable — and the exemplary initiatives. No sign-in needed.
 */
@Controller
class HonorRollController {

    private final DecisionService decisions;
    private final NominationService nominations;
    private final ReportService reports;
    private final CampaignService campaigns;
    private final AgencyService agencies;

    HonorRollController(DecisionService decisions, NominationService nominations, ReportService reports,
                        CampaignService campaigns, AgencyService agencies) {
        this.decisions = decisions;
        this.nominations = nominations;
        this.reports = reports;
        this.campaigns = campaigns;
        this.agencies = agencies;
    }

    /**
     * The honor roll of one campaign: the one asked for, else the newest campaign with published commendations
     * (a campaign's commendations are published after its years, so the running one often has none yet).
     */
    @GetMapping("/honor-roll")
    String honorRoll(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String campaign,
                     @RequestParam(required = false) Integer year,
                     @RequestParam(required = false) Long area, @RequestParam(required = false) Long agency,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        List<Decision> published = decisions.published();
        Map<Long, Set<Integer>> yearsOf = nominations.yearsOnDecisions(published.stream().map(Decision::getId).toList());
        List<Campaign> all = campaigns.list();
        Campaign shown = campaign == null || campaign.isBlank()
                ? all.stream().filter(c -> yearsOf.values().stream().flatMap(Set::stream).anyMatch(c::covers)).findFirst()
                        .or(() -> campaigns.current(all)).orElse(null)
                : campaigns.shown(campaign, all).orElse(null);
        Predicate<Integer> inShown = y -> shown == null || shown.covers(y);
        List<Decision> shownDecisions = published.stream()
                .filter(d -> yearsOf.getOrDefault(d.getId(), Set.of()).stream().anyMatch(inShown)).toList();
        model.addAttribute("decisions", shownDecisions);
        model.addAttribute("awardees", nominations.honorRoll(shownDecisions.stream().map(Decision::getId).toList(), shown,
                year, area, agency, q, PageRequest.of(Paging.page(page), 25)));
        model.addAttribute("initiatives", reports.exemplaryInitiatives(shown == null ? null : shown.getId()));
        model.addAttribute("campaign", shown);
        model.addAttribute("campaigns", all);
        model.addAttribute("areas", campaigns.areasOf(shown));
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("years", yearsOf.values().stream().flatMap(Set::stream).filter(inShown).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("agency", agency);
        return "honorroll/list";
    }
}
