package vn.mttq.thidua.honorroll;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.thidua.agency.AgencyService;
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

    @GetMapping("/honor-roll")
    String honorRoll(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer year,
                     @RequestParam(required = false) Long area, @RequestParam(required = false) Long agency,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        List<Decision> published = decisions.published();
        model.addAttribute("decisions", published);
        model.addAttribute("awardees", nominations.honorRoll(published.stream().map(Decision::getId).toList(), year, area,
                agency, q, PageRequest.of(Paging.page(page), 25)));
        model.addAttribute("initiatives", reports.exemplaryInitiatives());
        model.addAttribute("areas", campaigns.allContentAreas());
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("years", published.stream().map(Decision::getYear).distinct().toList());
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("agency", agency);
        return "honorroll/list";
    }
}
