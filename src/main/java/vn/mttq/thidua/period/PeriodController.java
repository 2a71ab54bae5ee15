package vn.mttq.thidua.period;

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

    PeriodController(PeriodService periods, UnitService units) {
        this.periods = periods;
        this.units = units;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "opensOn", "dueOn", "closesOn", "version");
    }

    @InitBinder("reopen")
    void allowReopenFields(WebDataBinder binder) {
        binder.setAllowedFields("unitId", "openUntil", "reason");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("periods", periods.list());
        model.addAttribute("today", periods.today());
        return "period/list";
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
