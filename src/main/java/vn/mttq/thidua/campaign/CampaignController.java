package vn.mttq.thidua.campaign;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/campaigns")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.list());
        return "campaign/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("legalDocuments", campaigns.legalBasis(id));
        return "campaign/show";
    }
}
