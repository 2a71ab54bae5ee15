package vn.mttq.thidua.notice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.Forms;

/** The signed-in person's inbox: their notices, opening one, reading all, and whether they come by e-mail. */
@Controller
@RequestMapping("/notices")
class NoticeController {

    private final NoticeService notices;
    private final NoticeMailer mailer;

    NoticeController(NoticeService notices, NoticeMailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @GetMapping
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notices", notices.inbox(Paging.request(page, 20)));
        model.addAttribute("emailWanted", notices.wantsEmail());
        model.addAttribute("mailConfigured", mailer.isConfigured());
        return "notice/inbox";
    }

    /** Marks the notice read and goes to the page it is about. */
    @PostMapping("/{id}/open")
    String open(@PathVariable Long id) {
        return "redirect:" + notices.open(id);
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        Forms.flash(redirect, "notice.allRead", notices.readAll());
        return "redirect:/notices";
    }

    @PostMapping("/settings")
    String settings(@RequestParam(defaultValue = "false") boolean email, RedirectAttributes redirect) {
        notices.setEmail(email);
        Forms.flash(redirect, email ? "notice.emailOn" : "notice.emailOff");
        return "redirect:/notices";
    }
}
