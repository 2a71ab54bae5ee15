package vn.mttq.thidua.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.campaign.CampaignStatus;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

/**
 * An agency's units taking part in a campaign: when a new campaign is launched, the agency's representative
 * registers its units again — each proposed the content area of the same number as in the last campaign, to
 * confirm or change — and a unit left empty does not take part.
 */
@Controller
class ParticipationController {

    private final UnitService units;
    private final AgencyService agencies;
    private final CampaignService campaigns;

    ParticipationController(UnitService units, AgencyService agencies, CampaignService campaigns) {
        this.units = units;
        this.agencies = agencies;
        this.campaigns = campaigns;
    }

    @GetMapping("/agencies/{agencyId}/participation")
    String show(@PathVariable Long agencyId, @RequestParam(required = false) Long campaign, Model model) {
        List<Campaign> all = campaigns.list();
        Long chosen = campaign != null ? campaign : campaigns.current(all).map(Campaign::getId)
                .orElseThrow(() -> new vn.mttq.thidua.shared.NotFoundException("Campaign", null));
        Campaign shown = campaigns.get(chosen);
        model.addAttribute("agency", agencies.getVisible(agencyId));
        model.addAttribute("campaign", shown);
        model.addAttribute("campaigns", all.stream().filter(c -> c.getStatus() != CampaignStatus.DRAFT).toList());
        model.addAttribute("rows", units.registrations(agencyId, shown));
        return "agency/participation";
    }

    /** The units chosen, each in the content area chosen: {@code area_<unitId>} carries the area's id, or nothing. */
    @PostMapping("/agencies/{agencyId}/participation")
    String register(@PathVariable Long agencyId, @RequestParam(required = false) Long campaignId,
                    @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        Map<Long, Long> areas = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("area_") && name.substring(5).matches("\\d{1,18}")) {
                areas.put(Long.valueOf(name.substring(5)), value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value));
            }
        });
        try {
            if (campaignId == null) {
                throw new BusinessRuleException("participation.error.none");
            }
            int registered = units.register(agencyId, campaignId, areas);
            Forms.flash(redirect, "participation.registered", registered);
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/agencies/" + agencyId + "/participation" + (campaignId == null ? "" : "?campaign=" + campaignId);
    }
}
