package vn.mttq.thidua.account;

import java.time.Clock;

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
import org.springframework.web.context.request.WebRequest;

import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.security.Role;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Enums;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.Forms;

/** Account management, for admins. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountService accounts;
    private final AgencyService agencies;
    private final ListExports exports;
    private final java.time.Clock clock;

    AccountAdminController(AccountService accounts, AgencyService agencies, ListExports exports, java.time.Clock clock) {
        this.clock = clock;
        this.exports = exports;
        this.accounts = accounts;
        this.agencies = agencies;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "?username", "fullName", "email", "role", "agencyId", "?initialPassword",
                "version");
    }

    /** The accounts as the list filters them, every page, as an Excel workbook. */
    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String role,
                java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        Role roleFilter = Enums.parseOrNull(Role.class, role);
        java.time.Instant now = java.time.Instant.now(clock);
        exports.excel(response, "tai-khoan.xlsx", "account.list.title", locale, java.util.List.of(
                ListExports.column("account.username", 20, Account::getUsername),
                ListExports.column("account.fullName", 30, Account::getFullName),
                ListExports.column("account.role", 24, a -> exports.text("role." + a.getRole(), locale)),
                ListExports.column("account.agency", 40, a -> a.getAgency() == null ? null : a.getAgency().getName()),
                ListExports.column("account.state", 16, a -> exports.text(!a.isEnabled() ? "account.state.disabled"
                        : a.isLockedAt(now) ? "account.state.locked" : "account.state.active", locale))),
                n -> accounts.search(q, roleFilter, PageRequest.of(n, ListExports.PAGE_SIZE)));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String role,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Role roleFilter = Enums.parseOrNull(Role.class, role);
        model.addAttribute("accounts", accounts.search(q, roleFilter, Paging.request(page, 20)));
        model.addAttribute("q", q);
        model.addAttribute("role", roleFilter);
        model.addAttribute("roles", Role.values());
        return "account/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new AccountForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Validated @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Account account = accounts.create(form.details());
                Forms.flash(redirect, "account.created", account.getUsername());
                return "redirect:/admin/accounts/" + account.getId() + "/edit";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        form.setInitialPassword(null);
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("form", AccountForm.of(account));
        return form(model, account);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") AccountForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Account account = accounts.get(id);
        form.setUsername(account.getUsername());
        if (!result.hasErrors()) {
            try {
                accounts.update(id, form.details(), form.getVersion());
                Forms.flash(redirect, "account.saved", account.getUsername());
                return "redirect:/admin/accounts";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, account);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        accounts.setEnabled(id, true, version);
        Forms.flash(redirect, "account.enabled");
        return "redirect:/admin/accounts/" + id + "/edit";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        accounts.setEnabled(id, false, version);
        Forms.flash(redirect, "account.disabled");
        return "redirect:/admin/accounts/" + id + "/edit";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        accounts.unlock(id, version);
        Forms.flash(redirect, "account.unlocked");
        return "redirect:/admin/accounts/" + id + "/edit";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable Long id, @RequestParam(required = false) Long version,
                         RedirectAttributes redirect) {
        String temporary = accounts.resetPassword(id, version);
        redirect.addFlashAttribute("temporaryPassword", temporary);
        return "redirect:/admin/accounts/" + id + "/edit";
    }

    private String form(Model model, Account account) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", agencies.all());
        return "account/form";
    }
}
