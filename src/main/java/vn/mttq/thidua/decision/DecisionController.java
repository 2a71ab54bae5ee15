package vn.mttq.thidua.decision;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.Downloads;
import vn.mttq.thidua.web.Forms;

/** Decisions: the list, issuing one for approved nominees, publishing, revoking, and the PDFs. */
@Controller
@RequestMapping("/decisions")
class DecisionController {

    private final DecisionService decisions;
    private final NominationService nominations;
    private final DecisionPdf pdf;

    DecisionController(DecisionService decisions, NominationService nominations, DecisionPdf pdf) {
        this.decisions = decisions;
        this.nominations = nominations;
        this.pdf = pdf;
            }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "kind", "title", "signedOn", "signerName", "signerTitle", "legalBasis",
                "recipients", "nominationIds", "version");
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        DecisionStatus statusFilter = Enums.parseOrNull(DecisionStatus.class, status);
        model.addAttribute("decisions", decisions.search(q, year, statusFilter, PageRequest.of(Paging.page(page), 20)));
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("status", statusFilter);
        model.addAttribute("statuses", DecisionStatus.values());
        return "decision/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", DecisionForm.of(decisions.newDraft(CurrentUser.require().getFullName())));
        return form(model, null);
    }

    /**
     * Saves a new draft; {@code action=refreshBasis} instead fills the legal basis in force on the date typed, for
     * the kind chosen, and shows the form again without saving.
     */
    @PostMapping
    String draft(@Validated @ModelAttribute("form") DecisionForm form, BindingResult result,
                 @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        if ("refreshBasis".equals(action)) {
            return refreshBasis(form, model, null);
        }
        if (!result.hasErrors()) {
            try {
                Decision decision = decisions.draft(form.details());
                Forms.flash(redirect, "decision.drafted");
                return "redirect:/decisions/" + decision.getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        Decision decision = decisions.get(id);
        if (!decision.isDraft()) {
            Forms.problem(redirect, new BusinessRuleException("decision.error.signed"));
            return "redirect:/decisions/" + id;
        }
        model.addAttribute("form", DecisionForm.of(decision, decisions.awardees(decision).stream().map(Nomination::getId).toList()));
        return form(model, decision);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") DecisionForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Decision decision = decisions.get(id);
        if ("refreshBasis".equals(action)) {
            return refreshBasis(form, model, decision);
        }
        if (!result.hasErrors()) {
            try {
                decisions.updateDraft(id, form.details(), form.getVersion());
                Forms.flash(redirect, "decision.draftSaved");
                return "redirect:/decisions/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, decision);
    }

    @PostMapping("/{id}/sign")
    String sign(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            Decision decision = decisions.sign(id, version);
            Forms.flash(redirect, "decision.issued", decision.getCode());
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/decisions/" + id;
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            decisions.discard(id);
            Forms.flash(redirect, "decision.discarded");
            return "redirect:/decisions";
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
            return "redirect:/decisions/" + id;
        }
    }

    private String refreshBasis(DecisionForm form, Model model, Decision decision) {
        if (form.getSignedOn() != null && form.getKind() != null) {
            form.setLegalBasis(decisions.citations(form.getKind(), form.getSignedOn()));
        }
        model.addAttribute("basisRefreshed", true);
        return form(model, decision);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Decision decision = decisions.get(id);
        model.addAttribute("decision", decision);
        model.addAttribute("awardees", decisions.awardees(decision));
        return "decision/show";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable Long id, RedirectAttributes redirect) {
        decisions.publish(id);
        Forms.flash(redirect, "decision.published");
        return "redirect:/decisions/" + id;
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable Long id, @RequestParam(defaultValue = "") String reason, Model model,
                  RedirectAttributes redirect) {
        return Forms.withReason(() -> decisions.revoke(id, reason), reason, "reasonError", model,
                () -> show(id, model), redirect, "decision.revoked", "/decisions/" + id);
    }

    /** The decision as PDF: published ones for anyone signed in; signed ones and drafts (marked DỰ THẢO) for staff. */
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable Long id) {
        Decision decision = readable(id, true);
        String name = decision.isDraft() ? "du-thao-quyet-dinh-" + decision.getId() : decision.getCode().replace('/', '-');
        return Downloads.attachment(name + ".pdf", "application/pdf", pdf.decision(decision, decisions.awardees(decision)));
    }

    /** Every certificate of a signed decision, one page each, for printing. */
    @GetMapping("/{id}/certificates")
    ResponseEntity<byte[]> certificates(@PathVariable Long id) {
        Decision decision = readable(id, false);
        return Downloads.attachment("giay-khen-" + decision.getCode().replace('/', '-') + ".pdf", "application/pdf",
                pdf.certificates(decision, decisions.awardees(decision)));
    }

    @GetMapping("/{id}/certificates/{nominationId}")
    ResponseEntity<byte[]> certificate(@PathVariable Long id, @PathVariable Long nominationId) {
        Decision decision = readable(id, false);
        Nomination awardee = decisions.awardees(decision).stream().filter(n -> n.getId().equals(nominationId))
                .findFirst().orElseThrow(() -> new NotFoundException("Nomination", nominationId));
        return Downloads.attachment("giay-khen-" + awardee.getRegistryNumber() + ".pdf", "application/pdf",
                pdf.certificates(decision, List.of(awardee)));
    }

    private Decision readable(Long id, boolean draftsToo) {
        boolean staff = CurrentUser.find().map(CurrentUser::isStaffOrAdmin).orElse(false);
        Decision decision = staff ? decisions.get(id) : decisions.getPublished(id);
        if (decision.isDraft() && !draftsToo) {
            throw new NotFoundException("Decision", id);
        }
        return decision;
    }

    private String form(Model model, Decision decision) {
        List<Nomination> candidates = new java.util.ArrayList<>(nominations.awaitingDecision());
        if (decision != null) {
            candidates.addAll(0, decisions.awardees(decision));
        }
        model.addAttribute("decision", decision);
        model.addAttribute("candidates", candidates);
        model.addAttribute("kinds", DecisionKind.values());
        return "decision/form";
    }
}
