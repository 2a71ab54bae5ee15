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

import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

/**
 * A unit's or a person's titles and ratings year by year: read by whoever may see them, entered and removed by staff.
 * The two pages are one: {@code /units/{id}/titles} and {@code /persons/{id}/titles}.
 */
@Controller
class TitleController {

    private final TitleRecords records;
    private final InitiativeRecords initiatives;

    TitleController(TitleRecords records, InitiativeRecords initiatives) {
        this.records = records;
        this.initiatives = initiatives;
    }

    @InitBinder("initiativeForm")
    void allowInitiativeFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "title", "scope", "recognisedBy", "documentNumber", "recognisedOn", "usedElsewhere");
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "titleId", "year", "decidingBody", "documentNumber", "decidedOn");
    }

    @GetMapping("/units/{id}/titles")
    String unit(@PathVariable Long id, Model model) {
        return list(NomineeType.COLLECTIVE, id, model);
    }

    @GetMapping("/persons/{id}/titles")
    String person(@PathVariable Long id, Model model) {
        return list(NomineeType.INDIVIDUAL, id, model);
    }

    @PostMapping("/units/{id}/titles")
    String recordOfUnit(@PathVariable Long id, @Validated @ModelAttribute("form") TitleAwardForm form, BindingResult result,
                        Model model, RedirectAttributes redirect, Locale locale) {
        return record(NomineeType.COLLECTIVE, id, form, result, model, redirect, locale);
    }

    @PostMapping("/persons/{id}/titles")
    String recordOfPerson(@PathVariable Long id, @Validated @ModelAttribute("form") TitleAwardForm form, BindingResult result,
                          Model model, RedirectAttributes redirect, Locale locale) {
        return record(NomineeType.INDIVIDUAL, id, form, result, model, redirect, locale);
    }

    @PostMapping("/units/{id}/titles/{awardId}/delete")
    String removeOfUnit(@PathVariable Long id, @PathVariable Long awardId, RedirectAttributes redirect, Locale locale) {
        return remove(NomineeType.COLLECTIVE, id, awardId, redirect, locale);
    }

    @PostMapping("/persons/{id}/titles/{awardId}/delete")
    String removeOfPerson(@PathVariable Long id, @PathVariable Long awardId, RedirectAttributes redirect, Locale locale) {
        return remove(NomineeType.INDIVIDUAL, id, awardId, redirect, locale);
    }

    @PostMapping("/units/{id}/initiatives")
    String initiativeOfUnit(@PathVariable Long id, @Validated @ModelAttribute("initiativeForm") InitiativeForm form,
                            BindingResult result, Model model, RedirectAttributes redirect) {
        return initiative(NomineeType.COLLECTIVE, id, form, result, model, redirect);
    }

    @PostMapping("/persons/{id}/initiatives")
    String initiativeOfPerson(@PathVariable Long id, @Validated @ModelAttribute("initiativeForm") InitiativeForm form,
                              BindingResult result, Model model, RedirectAttributes redirect) {
        return initiative(NomineeType.INDIVIDUAL, id, form, result, model, redirect);
    }

    private String initiative(NomineeType type, Long id, InitiativeForm form, BindingResult result, Model model,
                              RedirectAttributes redirect) {
        TitleHolder holder = records.holderToChange(type, id);
        if (!result.hasErrors()) {
            try {
                RecognisedInitiative initiative = initiatives.record(type, id, form);
                Forms.flash(redirect, "initiative.recorded", initiative.getTitle());
                return "redirect:" + holder.path();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("form", new TitleAwardForm());
        return page(holder, model);
    }

    /** The page; after a removal its form comes filled in with what was removed, to record it again if by mistake. */
    private String list(NomineeType type, Long id, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TitleAwardForm());
        }
        return page(records.holder(type, id), model);
    }

    private String record(NomineeType type, Long id, TitleAwardForm form, BindingResult result, Model model,
                          RedirectAttributes redirect, Locale locale) {
        TitleHolder holder = records.holderToChange(type, id);
        if (!result.hasErrors()) {
            try {
                TitleAward award = records.record(type, id, form);
                Forms.flash(redirect, "title.recorded", award.getTitle().nameIn(locale) + " " + award.getYear());
                return "redirect:" + holder.path();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return page(holder, model);
    }

    private String remove(NomineeType type, Long id, Long awardId, RedirectAttributes redirect, Locale locale) {
        TitleHolder holder = records.holderToChange(type, id);
        TitleAward removed = records.remove(type, id, awardId);
        Forms.flash(redirect, "title.removedUndo", removed.getTitle().nameIn(locale), String.valueOf(removed.getYear()));
        redirect.addFlashAttribute("form", TitleAwardForm.of(removed));
        return "redirect:" + holder.path();
    }

    private String page(TitleHolder holder, Model model) {
        model.addAttribute("holder", holder);
        model.addAttribute("awards", records.of(holder));
        model.addAttribute("titles", records.choices(holder));
        model.addAttribute("initiatives", initiatives.of(holder));
        model.addAttribute("scopes", vn.mttq.thidua.commendation.EligibilityChecks.Scope.values());
        if (!model.containsAttribute("initiativeForm")) {
            model.addAttribute("initiativeForm", new InitiativeForm());
        }
        return "eligibility/titles";
    }
}
