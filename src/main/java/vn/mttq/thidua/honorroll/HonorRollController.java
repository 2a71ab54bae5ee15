package vn.mttq.thidua.honorroll;

import vn.mttq.thidua.web.ListExports;

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
import vn.mttq.thidua.commendation.Nomination;
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
    private final ListExports exports;

    HonorRollController(DecisionService decisions, NominationService nominations, ReportService reports,
                        CampaignService campaigns, AgencyService agencies, ListExports exports) {
        this.exports = exports;
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
        Shown s = shown(campaign);
        Campaign shown = s.campaign();
        List<Campaign> all = s.campaigns();
        Map<Long, Set<Integer>> yearsOf = s.yearsOf();
        Predicate<Integer> inShown = y -> shown == null || shown.covers(y);
        model.addAttribute("decisions", s.decisions());
        model.addAttribute("awardees", nominations.honorRoll(s.decisionIds(), shown,
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

    /** The awardees the honor roll shows with these filters, every page, as an Excel workbook (public, like the page). */
    @GetMapping("/honor-roll/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String campaign,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Long area,
                @RequestParam(required = false) Long agency, java.util.Locale locale,
                jakarta.servlet.http.HttpServletResponse response) {
        Shown s = shown(campaign);
        Map<Long, String> codes = new java.util.HashMap<>();
        s.decisions().forEach(d -> codes.put(d.getId(), d.getCode()));
        exports.excel(response, "bang-vang.xlsx", "honor.title", locale, List.of(
                ListExports.column("nomination.nominee", 36, Nomination::getNomineeName),
                ListExports.column("nomination.nomineeType", 12, n -> exports.text("nomination.type." + n.getNomineeType(), locale)),
                ListExports.column("pledge.unit", 36, Nomination::getUnitNameOnRecord),
                ListExports.column("account.agency", 36, Nomination::getAgencyNameOnRecord),
                ListExports.column("nomination.form", 36, n -> n.getForm().nameIn(locale)),
                ListExports.column("pledge.year", 8, Nomination::getYear),
                ListExports.column("decision.code", 18, n -> codes.get(n.getDecisionId())),
                ListExports.column("nomination.registryNumber", 16, Nomination::getRegistryNumber)),
                n -> nominations.honorRoll(s.decisionIds(), s.campaign(), year, area, agency, q,
                        PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    /**
     * The campaign the honor roll shows — the one asked for, else the newest with published commendations — and the
     * published decisions that commend in its years.
     */
    private Shown shown(String campaign) {
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
        return new Shown(all, shown, yearsOf, shownDecisions);
    }

    private record Shown(List<Campaign> campaigns, Campaign campaign, Map<Long, Set<Integer>> yearsOf, List<Decision> decisions) {

        List<Long> decisionIds() {
            return decisions.stream().map(Decision::getId).toList();
        }
    }
}
