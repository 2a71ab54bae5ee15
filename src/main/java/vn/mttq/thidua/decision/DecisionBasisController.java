package vn.mttq.thidua.decision;

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

import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

/** The legal basis of decisions: staff read it, the admin adds documents and corrects them. */
@Controller
@RequestMapping("/decision-basis")
class DecisionBasisController {

    private final DecisionBasisService documents;

    DecisionBasisController(DecisionBasisService documents) {
        this.documents = documents;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "title", "number", "issuedOn", "description", "inForceFrom", "inForceUntil",
                "kinds", "sortOrder", "version");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("documents", documents.all());
        return "decision/basis-list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new DecisionBasisForm());
        return form(model, null);
    }

    @PostMapping
    String add(@Validated @ModelAttribute("form") DecisionBasisForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                documents.create(form.details());
                Forms.flash(redirect, "basis.saved");
                return "redirect:/decision-basis";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        DecisionBasis basis = documents.get(id);
        model.addAttribute("form", DecisionBasisForm.of(basis));
        return form(model, basis);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") DecisionBasisForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                documents.update(id, form.details(), form.getVersion());
                Forms.flash(redirect, "basis.saved");
                return "redirect:/decision-basis";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, documents.get(id));
    }

    private String form(Model model, DecisionBasis basis) {
        model.addAttribute("basis", basis);
        model.addAttribute("kinds", DecisionKind.values());
        return "decision/basis-form";
    }
}
