package vn.mttq.thidua.catalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.web.Forms;

/** The catalogue of forms of commendation: everyone signed in reads it, admins add and retire forms. */
@Controller
@RequestMapping("/commendation-forms")
class FormCatalogController {

    private final FormCatalog catalog;

    FormCatalogController(FormCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("forms", catalog.all());
        model.addAttribute("recipients", Recipient.values());
        model.addAttribute("authorities", Authority.values());
        return "catalogue/forms";
    }

    @PostMapping
    String add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
               @RequestParam(defaultValue = "") String nameEn, @RequestParam(required = false) String recipient,
               @RequestParam(required = false) String authority, RedirectAttributes redirect) {
        try {
            Recipient r = Enums.parseOrNull(Recipient.class, recipient);
            Authority a = Enums.parseOrNull(Authority.class, authority);
            if (code.isBlank() || name.isBlank() || r == null || a == null || code.length() > 40 || name.length() > 300) {
                throw new BusinessRuleException("form.error.incomplete");
            }
            catalog.add(code, name, nameEn, r, a);
            Forms.flash(redirect, "form.added", name);
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/commendation-forms";
    }

    /** The council's vote the form needs, as a share of its members; empty: the session's own threshold. */
    @PostMapping("/{id}/vote-threshold")
    String voteThreshold(@PathVariable Long id, @RequestParam(defaultValue = "") String votePercent,
                         @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            Integer percent = votePercent.isBlank() ? null : parsePercent(votePercent.strip());
            catalog.setVoteThreshold(id, percent, version);
            Forms.flash(redirect, "form.voteThresholdSaved");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/commendation-forms/" + id + "/conditions";
    }

    private static Integer parsePercent(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw BusinessRuleException.onField("votePercent", "form.error.votePercent");
        }
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable Long id, RedirectAttributes redirect) {
        catalog.setActive(id, false);
        Forms.flash(redirect, "form.retired");
        return "redirect:/commendation-forms";
    }

    @PostMapping("/{id}/restore")
    String restore(@PathVariable Long id, RedirectAttributes redirect) {
        catalog.setActive(id, true);
        Forms.flash(redirect, "form.restored");
        return "redirect:/commendation-forms";
    }
}
