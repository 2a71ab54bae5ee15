package vn.mttq.thidua.eligibility;

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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.catalogue.FormOfCommendation;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.EligibilityChecks.Kind;
import vn.mttq.thidua.commendation.EligibilityChecks.Scope;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

/** The conditions of a form of commendation: everyone signed in reads them, an admin adds and removes them. */
@Controller
@RequestMapping("/commendation-forms/{formId}/conditions")
class ConditionController {

    private final ConditionRules rules;

    ConditionController(ConditionRules rules) {
        this.rules = rules;
    }

    @InitBinder("conditionForm")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "nomineeType", "alternative", "kind", "years", "consecutive", "withinYears",
                "titleIds", "initiatives", "scope", "priorFormId", "legalBasis", "setByFront");
    }

    @GetMapping
    String list(@PathVariable Long formId, Model model) {
        if (!model.containsAttribute("conditionForm")) {
            model.addAttribute("conditionForm", new ConditionForm());
        }
        return page(rules.form(formId), model);
    }

    @PostMapping
    String add(@PathVariable Long formId, @Validated @ModelAttribute("conditionForm") ConditionForm conditionForm,
               BindingResult result, Model model, RedirectAttributes redirect) {
        FormOfCommendation form = rules.form(formId);
        if (!result.hasErrors()) {
            try {
                rules.add(formId, conditionForm);
                Forms.flash(redirect, "condition.added");
                return "redirect:/commendation-forms/" + formId + "/conditions";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return page(form, model);
    }

    @PostMapping("/{conditionId}/delete")
    String remove(@PathVariable Long formId, @PathVariable Long conditionId, RedirectAttributes redirect) {
        rules.remove(formId, conditionId);
        Forms.flash(redirect, "condition.removed");
        return "redirect:/commendation-forms/" + formId + "/conditions";
    }

    private String page(FormOfCommendation form, Model model) {
        model.addAttribute("commendationForm", form);
        model.addAttribute("conditions", rules.of(form));
        model.addAttribute("titles", rules.titles());
        var others = rules.otherForms(form);
        model.addAttribute("otherForms", others);
        model.addAttribute("formsById", others.stream().collect(java.util.stream.Collectors.toMap(FormOfCommendation::getId, f -> f)));
        model.addAttribute("nomineeTypes", NomineeType.values());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("scopes", Scope.values());
        return "eligibility/conditions";
    }
}
