package vn.mttq.thidua.period;

import java.util.List;

import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.context.request.WebRequest;

import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

@Controller
@RequestMapping("/periods")
class PeriodController {

    private final PeriodService periods;
    private final UnitService units;
    private final CampaignService campaigns;

    PeriodController(PeriodService periods, UnitService units, CampaignService campaigns) {
        this.periods = periods;
        this.units = units;
        this.campaigns = campaigns;
    }

    @InitBinder("newPeriod")
    void allowNewPeriodFields(WebDataBinder binder) {
        binder.setAllowedFields("campaignId", "kind", "year", "opensOn", "dueOn", "closesOn");
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "opensOn", "dueOn", "closesOn", "version");
    }

    @InitBinder("reopen")
    void allowReopenFields(WebDataBinder binder) {
        binder.setAllowedFields("unitId", "openUntil", "reason");
    }

    /** The periods and pledge windows of one campaign (the current one unless another is chosen). */
    @GetMapping
    String list(@RequestParam(required = false) Long campaign, Model model) {
        List<Campaign> all = campaigns.list();
        Campaign shown = campaign != null ? campaigns.get(campaign) : campaigns.current(all).orElse(null);
        if (!model.containsAttribute("newPeriod")) {
            NewPeriodForm form = new NewPeriodForm();
            form.setCampaignId(shown == null ? null : shown.getId());
            model.addAttribute("newPeriod", form);
        }
        model.addAttribute("campaign", shown);
        model.addAttribute("campaigns", all);
        model.addAttribute("periods", periods.all(shown == null ? null : shown.getId()));
        model.addAttribute("kinds", PeriodKind.values());
        model.addAttribute("today", periods.today());
        return "period/list";
    }

    @PostMapping
    String add(@Validated @ModelAttribute("newPeriod") NewPeriodForm newPeriod, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ReportingPeriod period = periods.add(newPeriod.getCampaignId(), newPeriod.getKind(), newPeriod.getYear(),
                        newPeriod.getOpensOn(), newPeriod.getDueOn(), newPeriod.getClosesOn());
                Forms.flash(redirect, "period.added", period.getName());
                return "redirect:/periods?campaign=" + newPeriod.getCampaignId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return list(newPeriod.getCampaignId(), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", PeriodForm.of(periods.get(id)));
        model.addAttribute("reopen", new ReopenForm());
        return page(id, model);
    }

    @PostMapping("/{id}/reopenings")
    String reopen(@PathVariable Long id, @Validated @ModelAttribute("reopen") ReopenForm reopen, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PeriodReopening reopening = periods.reopen(id, reopen.getUnitId(), reopen.getOpenUntil(), reopen.getReason());
                Forms.flash(redirect, "period.reopened", reopening.getUnit().getName());
                return "redirect:/periods/" + id + "/edit";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("form", PeriodForm.of(periods.get(id)));
        return page(id, model);
    }

    private String page(Long id, Model model) {
        model.addAttribute("period", periods.get(id));
        model.addAttribute("reopenings", periods.reopenings(id));
        model.addAttribute("units", units.allActive());
        return "period/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") PeriodForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                periods.reschedule(id, form);
                Forms.flash(redirect, "period.saved");
                return "redirect:/periods";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("reopen", new ReopenForm());
        return page(id, model);
    }
}
