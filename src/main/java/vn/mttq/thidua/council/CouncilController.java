package vn.mttq.thidua.council;

import vn.mttq.thidua.web.ListExports;

import org.springframework.data.domain.PageRequest;
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

import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.Forms;

/** Council sessions: opening one, putting nominees before it, votes or the paper tally, and closing it. */
@Controller
@RequestMapping("/council-sessions")
class CouncilController {

    private final CouncilService council;
    private final NominationService nominations;
    private final ListExports exports;

    CouncilController(CouncilService council, NominationService nominations, ListExports exports) {
        this.exports = exports;
        this.council = council;
        this.nominations = nominations;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "heldOn", "memberIds", "quorum", "approvalThreshold");
    }

    /** The sessions the user may see, as the list filters them, as an Excel workbook. */
    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String status,
                java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        exports.excel(response, "phien-hop-hoi-dong.xlsx", "council.list.title", locale, java.util.List.of(
                ListExports.column("council.title", 50, CouncilSession::getTitle),
                ListExports.column("council.heldOn", 12, CouncilSession::getHeldOn),
                ListExports.column("review.status", 14, s -> exports.text(s.isOpen() ? "council.open" : "council.closedState", locale))),
                n -> council.visible(q, status, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("sessions", council.visible(q, status, Paging.request(page, 20)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        return "council/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new CouncilSessionForm());
        model.addAttribute("candidates", council.candidates());
        return "council/form";
    }

    @PostMapping
    String open(@Validated @ModelAttribute("form") CouncilSessionForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CouncilSession session = council.open(form.details());
                Forms.flash(redirect, "council.opened");
                return "redirect:/council-sessions/" + session.getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("candidates", council.candidates());
        return "council/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        CouncilView view = council.view(id);
        CouncilSession session = view.session();
        model.addAttribute("councilSession", session);
        model.addAttribute("members", view.members());
        model.addAttribute("nominees", view.nominees());
        model.addAttribute("results", view.results());
        model.addAttribute("votes", view.votes());
        model.addAttribute("seat", view.seat());
        model.addAttribute("awaiting", session.isOpen() && vn.mttq.thidua.security.CurrentUser.require().isStaffOrAdmin()
                ? nominations.awaitingCouncil() : java.util.List.of());
        return "council/show";
    }

    @PostMapping("/{id}/nominees")
    String putBefore(@PathVariable Long id, @RequestParam(required = false) Long nominationId, RedirectAttributes redirect) {
        try {
            if (nominationId == null) {
                throw new BusinessRuleException("council.error.chooseNominee");
            }
            council.putBefore(id, nominationId);
            Forms.flash(redirect, "council.nomineeAdded");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/council-sessions/" + id;
    }

    @PostMapping("/{id}/votes")
    String vote(@PathVariable Long id, @RequestParam(required = false) Long nominationId,
                @RequestParam(required = false) String vote, RedirectAttributes redirect) {
        council.getVisible(id);
        try {
            Vote choice = Enums.parseOrNull(Vote.class, vote);
            if (choice == null || nominationId == null) {
                throw new BusinessRuleException("council.error.chooseVote");
            }
            council.vote(id, nominationId, choice);
            Forms.flash(redirect, "council.voted");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/council-sessions/" + id;
    }

    @PostMapping("/{id}/tallies")
    String tally(@PathVariable Long id, @RequestParam(required = false) Long nominationId,
                 @RequestParam(defaultValue = "") String yes, @RequestParam(defaultValue = "") String no,
                 @RequestParam(defaultValue = "") String abstentions, RedirectAttributes redirect) {
        try {
            if (nominationId == null) {
                throw new BusinessRuleException("council.error.chooseNominee");
            }
            council.recordTally(id, nominationId, count(yes), count(no), count(abstentions));
            Forms.flash(redirect, "council.tallied");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/council-sessions/" + id;
    }

    /**
     * A count typed on the paper-ballot form: left empty it is none; anything but a whole number is refused with
     * the tally's message.
     */
    private static int count(String typed) {
        if (typed.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(typed.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What closing the session will settle, nominee by nominee, before it is closed. */
    @GetMapping("/{id}/close")
    String confirmClosing(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        CouncilView view = council.view(id);
        if (!view.session().isOpen()) {
            Forms.problem(redirect, new BusinessRuleException("council.error.closed"));
            return "redirect:/council-sessions/" + id;
        }
        model.addAttribute("councilSession", view.session());
        model.addAttribute("nominees", view.nominees());
        model.addAttribute("results", view.results());
        model.addAttribute("confirmation", council.closingSeal(view));
        return "council/close";
    }

    /** Closes as the confirmation page showed it; refused, the page comes again with the results as they stand now. */
    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @RequestParam(required = false) String confirmation, Model model,
                 RedirectAttributes redirect) {
        try {
            council.close(id, confirmation);
            Forms.flash(redirect, "council.closed");
            return "redirect:/council-sessions/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("problem", new Forms.Flash(e.getMessageKey(), null, null));
            return confirmClosing(id, model, redirect);
        }
    }

    /** An admin's page to reopen a session closed by mistake: what it gives back, and the reason to write. */
    @GetMapping("/{id}/reopen")
    String confirmReopening(@PathVariable Long id, Model model) {
        CouncilView view = council.view(id);
        model.addAttribute("councilSession", view.session());
        model.addAttribute("nominees", view.nominees());
        model.addAttribute("results", view.results());
        model.addAttribute("refusal", council.reopeningRefusal(view));
        model.addAttribute("confirmation", council.reopeningSeal(view));
        return "council/reopen";
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable Long id, @RequestParam(required = false) String confirmation,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            council.reopen(id, confirmation, reason);
            Forms.flash(redirect, "council.reopened");
            return "redirect:/council-sessions/" + id;
        } catch (BusinessRuleException e) {
            Forms.refusedOnConfirmation(model, e, reason);
            return confirmReopening(id, model);
        }
    }
}
