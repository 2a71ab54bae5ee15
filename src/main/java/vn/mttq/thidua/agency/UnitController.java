package vn.mttq.thidua.agency;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.context.request.WebRequest;

import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

/** Registering, editing and withdrawing an agency's units: its representatives, and staff. */
@Controller
class UnitController {

    private final UnitService units;
    private final AgencyService agencies;
    private final CampaignService campaigns;

    UnitController(UnitService units, AgencyService agencies, CampaignService campaigns) {
        this.units = units;
        this.agencies = agencies;
        this.campaigns = campaigns;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "name", "contentAreaId", "kind", "address", "contactName", "contactPhone",
                "contactEmail", "version");
    }

    @InitBinder("withdrawal")
    void allowWithdrawalFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "reason", "version");
    }

    /** A representative's own agency page. */
    @GetMapping("/my-agency")
    String myAgency() {
        return "redirect:/agencies/" + CurrentUser.require().getAgencyId();
    }

    @GetMapping("/agencies/{agencyId}/units/new")
    String register(@PathVariable Long agencyId, Model model) {
        model.addAttribute("form", new UnitForm());
        return form(model, agencies.getVisible(agencyId), null);
    }

    @PostMapping("/agencies/{agencyId}/units")
    String register(@PathVariable Long agencyId, @Validated @ModelAttribute("form") UnitForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        Agency agency = agencies.getVisible(agencyId);
        if (!result.hasErrors()) {
            try {
                Unit unit = units.register(agencyId, form.details());
                Forms.flash(redirect, "unit.registered", unit.getName());
                return "redirect:/agencies/" + agencyId;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, agency, null);
    }

    @GetMapping("/units/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Unit unit = units.getVisible(id);
        model.addAttribute("form", UnitForm.of(unit));
        WithdrawForm withdrawal = new WithdrawForm();
        withdrawal.setVersion(unit.getVersion());
        model.addAttribute("withdrawal", withdrawal);
        return form(model, unit.getAgency(), unit);
    }

    @PostMapping("/units/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") UnitForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Unit unit = units.getVisible(id);
        if (!result.hasErrors()) {
            try {
                units.update(id, form.details(), form.getVersion());
                Forms.flash(redirect, "unit.saved", form.getName());
                return "redirect:/agencies/" + unit.getAgency().getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        WithdrawForm withdrawal = new WithdrawForm();
        withdrawal.setVersion(unit.getVersion());
        model.addAttribute("withdrawal", withdrawal);
        return form(model, unit.getAgency(), unit);
    }

    @PostMapping("/units/{id}/withdraw")
    String withdraw(@PathVariable Long id, @Validated @ModelAttribute("withdrawal") WithdrawForm withdrawal,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        Unit unit = units.getVisible(id);
        if (!result.hasErrors()) {
            try {
                units.withdraw(id, withdrawal.getReason(), withdrawal.getVersion());
                Forms.flash(redirect, "unit.withdrawn", unit.getName());
                return "redirect:/agencies/" + unit.getAgency().getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("form", UnitForm.of(unit));
        return form(model, unit.getAgency(), unit);
    }

    private String form(Model model, Agency agency, Unit unit) {
        model.addAttribute("agency", agency);
        model.addAttribute("unit", unit);
        model.addAttribute("contentAreas", campaigns.areasToRegisterIn(unit == null ? null : unit.getContentArea().getId()));
        model.addAttribute("kinds", UnitKind.values());
        return "unit/form";
    }
}
