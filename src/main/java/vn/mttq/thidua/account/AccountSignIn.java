package vn.mttq.thidua.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.LoginAttempts;

/**
 * The accounts as the login form sees them: loading the person who signs in, and counting failures in a row,
 * which lock the account for a while at the configured number (5 by default). Every lock and sign-in is audited.
 */
@Service
class AccountSignIn implements UserDetailsService, LoginAttempts {

    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    AccountSignIn(AccountRepository accounts, AuditLog auditLog, Clock clock,
                  @Value("${thidua.security.max-failed-logins}") int maxFailures,
                  @Value("${thidua.security.lock-duration}") Duration lockFor) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : username.trim())
                .map(account -> account.toCurrentUser(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    @Transactional
    public void failed(String username) {
        if (username == null) {
            return;
        }
        accounts.findByUsername(username.trim()).ifPresent(account -> {
            Map<String, Object> before = account.auditState();
            boolean locked = account.loginFailed(maxFailures, lockFor, clock.instant());
            auditLog.recordAs(account.getUsername(), locked ? "LOCK" : "LOGIN_FAILED", account.auditType(),
                    account.getId(), null, before, account.auditState());
        });
    }

    @Override
    @Transactional
    public void succeeded(String username) {
        accounts.findByUsername(username).ifPresent(account -> {
            account.loginSucceeded(clock.instant());
            auditLog.record("LOGIN", account.auditType(), account.getId(), null, null, null);
        });
    }
}
