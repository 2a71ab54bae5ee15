package vn.mttq.thidua.decision;

import vn.mttq.thidua.web.ListExports;

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
    private final ListExports exports;
    private final DecisionWorkbooks workbooks;
    private final vn.mttq.thidua.catalogue.FormCatalog forms;

    DecisionController(DecisionService decisions, NominationService nominations, DecisionPdf pdf, ListExports exports, DecisionWorkbooks workbooks, vn.mttq.thidua.catalogue.FormCatalog forms) {
        this.forms = forms;
        this.workbooks = workbooks;
        this.exports = exports;
        this.decisions = decisions;
        this.nominations = nominations;
        this.pdf = pdf;
            }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "kind", "title", "signedOn", "signerName", "signerTitle", "legalBasis",
                "recipients", "nominationIds", "version");
    }

    /** The decisions as the list filters them, every page, as an Excel workbook. */
    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String status, java.util.Locale locale,
                jakarta.servlet.http.HttpServletResponse response) {
        DecisionStatus statusFilter = Enums.parseOrNull(DecisionStatus.class, status);
        exports.excel(response, "quyet-dinh.xlsx", "decision.list.title", locale, List.of(
                ListExports.column("decision.code", 20, Decision::getCode),
                ListExports.column("decision.title", 60, Decision::getTitle),
                ListExports.column("decision.signedOn", 12, Decision::getSignedOn),
                ListExports.column("decision.signerName", 24, Decision::getSignerName),
                ListExports.column("review.status", 14, d -> exports.text("decision.status." + d.getStatus(), locale))),
                n -> decisions.search(q, year, statusFilter, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        DecisionStatus statusFilter = Enums.parseOrNull(DecisionStatus.class, status);
        model.addAttribute("decisions", decisions.search(q, year, statusFilter, Paging.request(page, 20)));
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

    /** What signing the draft will do — the number it takes, its awardees — before it is signed. */
    @GetMapping("/{id}/sign")
    String confirmSigning(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("signing", decisions.signing(id));
            return "decision/sign";
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
            return "redirect:/decisions/" + id;
        }
    }

    /** Signs as the confirmation page showed it; refused, the page comes again with what it says now and why. */
    @PostMapping("/{id}/sign")
    String sign(@PathVariable Long id, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String confirmation, Model model, RedirectAttributes redirect) {
        try {
            Decision decision = decisions.sign(id, version, confirmation);
            Forms.flash(redirect, "decision.issued", decision.getCode());
            return "redirect:/decisions/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("problem", new Forms.Flash(e.getMessageKey(), null, null));
            return confirmSigning(id, model, redirect);
        }
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

    /** The awardees of one decision as a workbook (staff; a draft's nominees as they stand). */
    @GetMapping("/{id}/awardees.xlsx")
    void decisionAwardees(@PathVariable Long id, java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        Decision decision = decisions.get(id);
        List<Nomination> awardees = decisions.awardees(decision);
        String name = decision.isDraft() ? "du-thao-" + decision.getId() : decision.getCode().replace('/', '-');
        Downloads.stream(response, "danh-sach-khen-thuong-" + name + ".xlsx", Downloads.XLSX, out -> workbooks.awardees(
                decision.getTitle(), awardees, java.util.Map.of(decision.getId(), decision), locale, out));
    }

    /** The awardees of the decisions published in a year, as a workbook. */
    @GetMapping("/awardees.xlsx")
    void yearAwardees(@RequestParam int year, java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        List<Decision> ofYear = decisions.published().stream().filter(d -> d.getYear() == year).toList();
        java.util.Map<Long, Decision> byId = new java.util.HashMap<>();
        ofYear.forEach(d -> byId.put(d.getId(), d));
        List<Nomination> awardees = nominations.onDecisions(byId.keySet());
        String title = exports.text("decision.awardees.sheet", locale) + " " + year;
        Downloads.stream(response, "danh-sach-khen-thuong-" + year + ".xlsx", Downloads.XLSX,
                out -> workbooks.awardees(title, awardees, byId, locale, out));
    }

    /** The commendations of a year's published decisions by form and by collective / individual, as a workbook. */
    @GetMapping("/statistics.xlsx")
    void statistics(@RequestParam int year, java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        List<Long> ofYear = decisions.published().stream().filter(d -> d.getYear() == year).map(Decision::getId).toList();
        var counts = nominations.commendedByFormAndType(ofYear);
        var all = forms.all();
        Downloads.stream(response, "thong-ke-khen-thuong-" + year + ".xlsx", Downloads.XLSX,
                out -> workbooks.statistics(year, all, counts, locale, out));
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
