package vn.mttq.thidua.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import vn.mttq.thidua.security.AccountSessions;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

/** Everyone changes their own password here. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final AccountService accounts;
    private final AccountSessions sessions;

    PasswordController(AccountService accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("required", CurrentUser.require().isMustChangePassword());
        return "account/password";
    }

    @PostMapping
    String change(@Validated @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletRequest request) {
        if (!result.hasErrors()) {
            try {
                accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword(), form.getConfirmPassword());
                // every other session of the account ends (the store still knows this one by its id so far);
                // this one goes on under a new id
                sessions.endAllExcept(CurrentUser.require().getUsername(), request.getSession().getId());
                request.changeSessionId();
                // the session keeps the signed-in user as a copy: store it again, no longer asked to change its password
                request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        SecurityContextHolder.getContext());
                Forms.flash(redirect, "password.changed");
                return "redirect:/";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        form.setCurrentPassword(null);
        form.setNewPassword(null);
        form.setConfirmPassword(null);
        model.addAttribute("required", CurrentUser.require().isMustChangePassword());
        return "account/password";
    }
}
