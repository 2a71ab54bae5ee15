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

import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

@Controller
@RequestMapping("/periods")
class PeriodController {

    private final PeriodService periods;

    PeriodController(PeriodService periods) {
        this.periods = periods;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("opensOn", "dueOn", "closesOn", "version");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("periods", periods.list());
        model.addAttribute("today", periods.today());
        return "period/list";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        ReportingPeriod period = periods.get(id);
        model.addAttribute("period", period);
        model.addAttribute("form", PeriodForm.of(period));
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
        model.addAttribute("period", periods.get(id));
        return "period/edit";
    }
}
