package vn.mttq.thidua.eligibility;

import java.util.Locale;

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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

/** A unit's titles and ratings year by year: read by whoever may see the unit, entered and removed by staff. */
@Controller
class TitleController {

    private final TitleRecords records;

    TitleController(TitleRecords records) {
        this.records = records;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "titleId", "year", "decidingBody", "documentNumber", "decidedOn");
    }

    /** The page; after a removal its form comes filled in with what was removed, to record it again if by mistake. */
    @GetMapping("/units/{unitId}/titles")
    String list(@PathVariable Long unitId, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TitleAwardForm());
        }
        return page(records.unit(unitId), model);
    }

    @PostMapping("/units/{unitId}/titles")
    String record(@PathVariable Long unitId, @Validated @ModelAttribute("form") TitleAwardForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, Locale locale) {
        Unit unit = records.unitToChange(unitId);
        if (!result.hasErrors()) {
            try {
                TitleAward award = records.record(unitId, form);
                Forms.flash(redirect, "title.recorded", award.getTitle().nameIn(locale) + " " + award.getYear());
                return "redirect:/units/" + unitId + "/titles";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return page(unit, model);
    }

    @PostMapping("/units/{unitId}/titles/{awardId}/delete")
    String remove(@PathVariable Long unitId, @PathVariable Long awardId, RedirectAttributes redirect, Locale locale) {
        TitleAward removed = records.remove(unitId, awardId);
        Forms.flash(redirect, "title.removedUndo", removed.getTitle().nameIn(locale), String.valueOf(removed.getYear()));
        redirect.addFlashAttribute("form", TitleAwardForm.of(removed));
        return "redirect:/units/" + unitId + "/titles";
    }

    private String page(Unit unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("awards", records.of(unit));
        model.addAttribute("titles", records.forCollectives());
        return "eligibility/titles";
    }
}
