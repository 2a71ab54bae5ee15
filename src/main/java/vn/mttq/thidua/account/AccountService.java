package vn.mttq.thidua.account;

import org.springframework.modulith.NamedInterface;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.AccountSessions;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.security.Role;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.Versions;

/** Accounts: admins create and manage them; everyone changes their own password. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final AccountRepository accounts;
    private final AgencyService agencies;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccountSignIn signIn;
    private final AccountSessions sessions;

    AccountService(AccountRepository accounts, AgencyService agencies, PasswordEncoder passwordEncoder,
                   AuditLog auditLog, Clock clock, AccountSignIn signIn, AccountSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<Account> search(String query, Role role, Pageable pageable) {
        return accounts.search(role, SearchText.containsPattern(query), pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account get(Long id) {
        return accounts.findWithAgency(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> lockedOrDisabled() {
        return accounts.lockedOrDisabled(clock.instant());
    }

    /** Every enabled account, by name: the people who can sit on a council. */
    public List<Account> allEnabled() {
        return accounts.findByEnabledTrueOrderByFullName();
    }

    public java.util.Optional<Account> find(Long id) {
        return id == null ? java.util.Optional.empty() : accounts.findWithAgency(id);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account create(AccountDetails form) {
        String username = form.username().trim();
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw BusinessRuleException.onField("username", "account.error.usernameTaken");
        }
        PasswordPolicy.check("initialPassword", form.initialPassword(), username);
        Account account = new Account(username, passwordEncoder.encode(form.initialPassword()), true,
                form.fullName().trim(), blankToNull(form.email()), form.role(), agency(form));
        accounts.save(account);
        auditLog.created(account);
        return account;
    }

    /** For demo data and first installation: an account whose password needs no change at first sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account createReady(String username, String password, String fullName, Role role, Agency agency) {
        return createReady(username, password, fullName, null, role, agency);
    }

    /** The same, with an e-mail address (for notices). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account createReady(String username, String password, String fullName, String email, Role role, Agency agency) {
        Account account = new Account(username, passwordEncoder.encode(password), false, fullName, email, role, agency);
        accounts.save(account);
        auditLog.created(account);
        return account;
    }

    /** Whether an account has this username (case aside): for checking a file of accounts before importing it. */
    public boolean usernameTaken(String username) {
        return username != null && accounts.existsByUsernameIgnoreCase(username.trim());
    }

    /**
     * Refuses an initial password the policy refuses (a BusinessRuleException on "initialPassword"), without spoiling
     * the caller's transaction: checking is not failing.
     */
    @Transactional(readOnly = true, noRollbackFor = BusinessRuleException.class)
    public void checkInitialPassword(String username, String password) {
        PasswordPolicy.check("initialPassword", password, username);
    }

    /** A person's own choice of e-mail notices (the notices module audits it). */
    @Transactional
    public void setEmailNotices(Long id, boolean wanted) {
        accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id)).setEmailNotices(wanted);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account update(Long id, AccountDetails form, Long version) {
        Account account = get(id);
        Versions.check(Account.class, id, account.getVersion(), version);
        if (isSelf(account) && form.role() != Role.ADMIN) {
            throw BusinessRuleException.onField("role", "account.error.ownRole");
        }
        Map<String, Object> before = account.auditState();
        account.rename(form.fullName().trim(), blankToNull(form.email()));
        account.assign(form.role(), agency(form));
        auditLog.changed("UPDATE", account, before);
        if (!java.util.Objects.equals(before.get("role"), account.getRole())
                || !java.util.Objects.equals(before.get("agencyId"), account.getAgency() == null ? null : account.getAgency().getId())) {
            sessions.endAll(account.getUsername());
        }
        return account;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(Long id, boolean enabled, Long version) {
        Account account = get(id);
        Versions.check(Account.class, id, account.getVersion(), version);
        if (!enabled && isSelf(account)) {
            throw new BusinessRuleException("account.error.disableSelf");
        }
        Map<String, Object> before = account.auditState();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        auditLog.changed(enabled ? "ENABLE" : "DISABLE", account, before);
        if (!enabled) {
            sessions.endAll(account.getUsername());
        }
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(Long id, Long version) {
        Account account = get(id);
        Versions.check(Account.class, id, account.getVersion(), version);
        Map<String, Object> before = account.auditState();
        account.unlock();
        signIn.forgetFailures(account.getUsername());
        auditLog.changed("UNLOCK", account, before);
    }

    /** Gives the account a new random password, to be changed at the next sign-in; returns it once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(Long id, Long version) {
        Account account = get(id);
        Versions.check(Account.class, id, account.getVersion(), version);
        Map<String, Object> before = account.auditState();
        String temporary = PasswordPolicy.temporary();
        account.setPassword(passwordEncoder.encode(temporary), true);
        account.unlock();
        auditLog.changed("RESET_PASSWORD", account, before);
        sessions.endAll(account.getUsername());
        return temporary;
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmPassword) {
        CurrentUser user = CurrentUser.require();
        Account account = accounts.findById(user.getId()).orElseThrow(() -> new NotFoundException("Account", user.getId()));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw BusinessRuleException.onField("currentPassword", "password.error.currentWrong");
        }
        PasswordPolicy.check("newPassword", newPassword, account.getUsername());
        if (!newPassword.equals(confirmPassword)) {
            throw BusinessRuleException.onField("confirmPassword", "password.error.mismatch");
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw BusinessRuleException.onField("newPassword", "password.error.unchanged");
        }
        Map<String, Object> before = account.auditState();
        account.setPassword(passwordEncoder.encode(newPassword), false);
        auditLog.changed("CHANGE_PASSWORD", account, before);
        user.passwordChanged();
    }

    /**
     * An agency was merged or dissolved: its representatives follow it to its successor when staff chose so, and
     * are disabled otherwise; either way their open sessions end, with the rights they had.
     */
    @org.springframework.context.event.EventListener
    void agencyEnded(vn.mttq.thidua.agency.AgencyEnded ended) {
        Agency successor = ended.successorId() == null ? null : agencies.find(ended.successorId()).orElse(null);
        for (Account account : accounts.findByAgencyIdOrderByUsername(ended.agencyId())) {
            Map<String, Object> before = account.auditState();
            boolean moved = ended.moveRepresentatives() && successor != null;
            if (moved) {
                account.assign(Role.AGENCY_REP, successor);
                auditLog.changed("MOVE", account, before, successor.getName());
            } else {
                account.disable();
                auditLog.changed("DISABLE", account, before, "agency ended");
            }
            agencies.representativeAffected(ended.changeId(), account.getId(), moved, ended.agencyId());
            sessions.endAll(account.getUsername());
        }
    }

    /**
     * An agency change recorded by mistake was reverted: the representatives it moved are back with their agency, and
     * those it disabled enabled again; their open sessions end, with the rights they had.
     */
    @org.springframework.context.event.EventListener
    void agencyChangeReverted(vn.mttq.thidua.agency.AgencyChangeReverted reverted) {
        Agency agency = agencies.find(reverted.agencyId()).orElseThrow();
        for (Account account : accounts.findAllById(reverted.accountsMoved())) {
            Map<String, Object> before = account.auditState();
            account.assign(Role.AGENCY_REP, agency);
            auditLog.changed("REVERT", account, before, agency.getName());
            sessions.endAll(account.getUsername());
        }
        for (Account account : accounts.findAllById(reverted.accountsDisabled())) {
            Map<String, Object> before = account.auditState();
            account.enable();
            auditLog.changed("REVERT", account, before, agency.getName());
        }
    }

    private Agency agency(AccountDetails form) {
        if (form.role() != Role.AGENCY_REP) {
            return null;
        }
        if (form.agencyId() == null) {
            throw BusinessRuleException.onField("agencyId", "account.error.agencyRequired");
        }
        return agencies.find(form.agencyId())
                .orElseThrow(() -> BusinessRuleException.onField("agencyId", "account.error.agencyRequired"));
    }

    private static boolean isSelf(Account account) {
        return CurrentUser.find().map(u -> u.getId().equals(account.getId())).orElse(false);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
