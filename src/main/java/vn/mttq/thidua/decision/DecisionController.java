package vn.mttq.thidua.decision;

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
    private final java.time.Clock clock;

    DecisionController(DecisionService decisions, NominationService nominations, DecisionPdf pdf, java.time.Clock clock) {
        this.decisions = decisions;
        this.nominations = nominations;
        this.pdf = pdf;
        this.clock = clock;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "signedOn", "signerName", "signerTitle", "nominationIds");
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
        DecisionForm form = new DecisionForm();
        form.setTitle("Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
                + "“Đoàn kết sáng tạo”");
        form.setSignerName(CurrentUser.require().getFullName());
        form.setSignerTitle("TM. BAN THƯỜNG TRỰC — CHỦ TỊCH");
        form.setSignedOn(java.time.LocalDate.now(clock));
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping
    String issue(@Validated @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Decision decision = decisions.issue(form);
                Forms.flash(redirect, "decision.issued", decision.getCode());
                return "redirect:/decisions/" + decision.getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model);
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
        try {
            decisions.revoke(id, reason);
        } catch (BusinessRuleException e) {
            model.addAttribute("reasonError", e.getMessageKey());
            return show(id, model);
        }
        Forms.flash(redirect, "decision.revoked");
        return "redirect:/decisions/" + id;
    }

    /** The decision as PDF: published ones for anyone signed in, signed ones for staff and admins. */
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable Long id) {
        Decision decision = readable(id);
        return Downloads.attachment(decision.getCode().replace('/', '-') + ".pdf", "application/pdf",
                pdf.decision(decision, decisions.awardees(decision)));
    }

    @GetMapping("/{id}/certificates/{nominationId}")
    ResponseEntity<byte[]> certificate(@PathVariable Long id, @PathVariable Long nominationId) {
        Decision decision = readable(id);
        Nomination awardee = decisions.awardees(decision).stream().filter(n -> n.getId().equals(nominationId))
                .findFirst().orElseThrow(() -> new NotFoundException("Nomination", nominationId));
        return Downloads.attachment("giay-chung-nhan-" + awardee.getRegistryNumber() + ".pdf", "application/pdf",
                pdf.certificate(decision, awardee));
    }

    private Decision readable(Long id) {
        boolean staff = CurrentUser.find().map(CurrentUser::isStaffOrAdmin).orElse(false);
        Decision decision = staff ? decisions.get(id) : decisions.getPublished(id);
        if (decision.isDraft()) {
            throw new NotFoundException("Decision", id);
        }
        return decision;
    }


    private String form(Model model) {
        model.addAttribute("candidates", nominations.awaitingDecision());
        return "decision/form";
    }
}
