package vn.mttq.thidua.honorroll;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.honorroll.HonorRollQueries.Awardee;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.ListExports;

/**
 * The public honor roll (bảng vàng): the collectives and individuals commended by published decisions — by year,
 * content area and agency, searchable, 25 a page, each with the decision that commends it — and the latest exemplary
 * initiatives. No sign-in needed.
 */
@Controller
class HonorRollController {

    static final int LATEST = 12;

    private final HonorRollQueries queries;
    private final CampaignService campaigns;
    private final AgencyService agencies;
    private final ListExports exports;

    HonorRollController(HonorRollQueries queries, CampaignService campaigns, AgencyService agencies, ListExports exports) {
        this.queries = queries;
        this.campaigns = campaigns;
        this.agencies = agencies;
        this.exports = exports;
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
        model.addAttribute("awardees", queries.awardees(year, from(shown), to(shown), area, agency, q,
                Paging.request(page, 25)));
        model.addAttribute("initiatives", queries.latestInitiatives(shown == null ? null : shown.getId(), LATEST));
        model.addAttribute("campaign", shown);
        model.addAttribute("campaigns", s.campaigns());
        model.addAttribute("areas", campaigns.areasOf(shown));
        model.addAttribute("agencies", agencies.chosen(agency));
        model.addAttribute("years", s.years().stream().filter(y -> shown == null || shown.covers(y)).toList());
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
                @RequestParam(required = false) Long agency, Locale locale,
                jakarta.servlet.http.HttpServletResponse response) {
        Campaign shown = shown(campaign).campaign();
        exports.excel(response, "bang-vang.xlsx", "honor.title", locale, List.of(
                ListExports.column("nomination.nominee", 36, Awardee::nomineeName),
                ListExports.column("nomination.nomineeType", 12,
                        a -> exports.text("nomination.type." + (a.individual() ? "INDIVIDUAL" : "COLLECTIVE"), locale)),
                ListExports.column("pledge.unit", 36, Awardee::unitName),
                ListExports.column("account.agency", 36, Awardee::agencyName),
                ListExports.column("nomination.form", 36, a -> a.formNameIn(locale)),
                ListExports.column("pledge.year", 8, Awardee::year),
                ListExports.column("decision.code", 18, Awardee::decisionCode),
                ListExports.column("nomination.registryNumber", 16, Awardee::registryNumber)),
                n -> queries.awardees(year, from(shown), to(shown), area, agency, q, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    /** The campaign the honor roll shows — the one asked for, else the newest with published commendations. */
    private Shown shown(String campaign) {
        List<Integer> years = queries.years();
        List<Campaign> all = campaigns.list();
        Campaign shown = campaign == null || campaign.isBlank()
                ? all.stream().filter(c -> years.stream().anyMatch(c::covers)).findFirst()
                        .or(() -> campaigns.current(all)).orElse(null)
                : campaigns.shown(campaign, all).orElse(null);
        return new Shown(all, shown, years);
    }

    private static Integer from(Campaign campaign) {
        return campaign == null ? null : campaign.getStartYear();
    }

    private static Integer to(Campaign campaign) {
        return campaign == null ? null : campaign.getEndYear();
    }

    private record Shown(List<Campaign> campaigns, Campaign campaign, List<Integer> years) {
    }
}
