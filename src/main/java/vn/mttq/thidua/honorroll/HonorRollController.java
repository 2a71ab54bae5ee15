package vn.mttq.thidua.honorroll;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.honorroll.HonorRollQueries.Awardee;
import vn.mttq.thidua.web.ListExports;

/**
 * The public honor roll (bảng vàng): the collectives and individuals commended by published decisions — by year,
 * content area and agency, searchable, 25 a page, each with the decision that commends it — and the latest exemplary
 * initiatives. No sign-in needed.
 */
@Controller
class HonorRollController {

    private final HonorRollService honorRoll;
    private final ListExports exports;

    HonorRollController(HonorRollService honorRoll, ListExports exports) {
        this.honorRoll = honorRoll;
        this.exports = exports;
    }

    /** The honor roll of one campaign: the one asked for, else the newest campaign with published commendations. */
    @GetMapping("/honor-roll")
    String honorRoll(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String campaign,
                     @RequestParam(required = false) Integer year,
                     @RequestParam(required = false) Long area, @RequestParam(required = false) Long agency,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        HonorRollService.View view = honorRoll.view(new HonorRollService.Filters(q, campaign, year, area, agency, page));
        model.addAttribute("awardees", view.awardees());
        model.addAttribute("initiatives", view.initiatives());
        model.addAttribute("campaign", view.campaign());
        model.addAttribute("campaigns", view.campaigns());
        model.addAttribute("areas", view.areas());
        model.addAttribute("agencies", view.agencies());
        model.addAttribute("years", view.years());
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
        HonorRollService.Filters filters = new HonorRollService.Filters(q, campaign, year, area, agency, 0);
        Campaign shown = honorRoll.shown(campaign);
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
                n -> honorRoll.awardees(filters, shown, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }
}
