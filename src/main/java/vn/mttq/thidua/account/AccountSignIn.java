package vn.mttq.thidua.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.LoginAttempts;

/**
 * The accounts as the login form sees them: loading the person who signs in, and counting failures. Three
 * counts, all in SQL so that parallel guesses are each counted:
 * <ul>
 * <li>per account and client address — at {@code max-failed-logins} (5) within {@code lock-duration} (15 min)
 * that address may not try that account again until older failures age out; a guesser elsewhere cannot lock
 * the real user out;</li>
 * <li>per client address — at {@code max-failed-logins-per-address} (30) the address may not sign in at all;</li>
 * <li>per account, from anywhere — at {@code max-failed-logins-per-account} (20) in a row the account locks for
 * {@code lock-duration}, which an admin sees and can lift.</li>
 * </ul>
 * Every failure, refusal, lock and sign-in is audited in the same transaction as its count.
 */
@Service
class AccountSignIn implements UserDetailsService, LoginAttempts {

    private static final int MAX_NAME = 100;

    private final AccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int maxPerAccountAndAddress;
    private final int maxPerAddress;
    private final int maxPerAccount;
    private final Duration window;

    AccountSignIn(AccountRepository accounts, JdbcTemplate jdbc, AuditLog auditLog, Clock clock,
                  @Value("${thidua.security.max-failed-logins}") int maxPerAccountAndAddress,
                  @Value("${thidua.security.max-failed-logins-per-address:30}") int maxPerAddress,
                  @Value("${thidua.security.max-failed-logins-per-account:20}") int maxPerAccount,
                  @Value("${thidua.security.lock-duration}") Duration window) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxPerAccountAndAddress = maxPerAccountAndAddress;
        this.maxPerAddress = maxPerAddress;
        this.maxPerAccount = maxPerAccount;
        this.window = window;
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
    public boolean throttled(String username, String address) {
        Map<String, Object> counts = jdbc.queryForMap("""
                select count(*) as by_address, count(*) filter (where username = ?) as by_account
                from sign_in_failure where address = ? and occurred_at > ?""",
                key(username), address(address), Timestamp.from(clock.instant().minus(window)));
        boolean throttled = ((Number) counts.get("by_address")).intValue() >= maxPerAddress
                || ((Number) counts.get("by_account")).intValue() >= maxPerAccountAndAddress;
        if (throttled) {
            auditLog.recordAs(actor(username), "LOGIN_THROTTLED", "Account", accountId(username), address(address),
                    null, null);
        }
        return throttled;
    }

    @Override
    @Transactional
    public void failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.update("delete from sign_in_failure where occurred_at < ?", Timestamp.from(now.minus(window)));
        jdbc.update("insert into sign_in_failure (username, address, occurred_at) values (?, ?, ?)",
                key(username), address(address), Timestamp.from(now));
        List<Map<String, Object>> counted = jdbc.queryForList("""
                update account set
                    failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
                    locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                where lower(username) = lower(?)
                returning id, locked_until = ? as locked""",
                maxPerAccount, maxPerAccount, Timestamp.from(now.plus(window)), username.trim(),
                Timestamp.from(now.plus(window)));
        if (counted.isEmpty()) {
            auditLog.recordAs(actor(username), "LOGIN_UNKNOWN_NAME", "Account", null, address(address), null, null);
            return;
        }
        Long id = ((Number) counted.get(0).get("id")).longValue();
        boolean locked = Boolean.TRUE.equals(counted.get(0).get("locked"));
        auditLog.recordAs(actor(username), locked ? "LOCK" : "LOGIN_FAILED", "Account", id, address(address), null, null);
    }

    @Override
    @Transactional
    public void refused(String username, String address, String reason) {
        auditLog.recordAs(actor(username), "LOGIN_REFUSED", "Account", accountId(username),
                address(address) + " " + reason, null, null);
    }

    @Override
    @Transactional
    public void succeeded(String username, String address) {
        accounts.findByUsername(username).ifPresent(account -> {
            account.loginSucceeded(clock.instant());
            jdbc.update("delete from sign_in_failure where username = ? and address = ?", key(username), address(address));
            auditLog.recordAs(account.getUsername(), "LOGIN", account.auditType(), account.getId(), address(address),
                    null, null);
        });
    }

    /** An admin's unlock also forgets the failures that paused sign-in to the account from any address. */
    void forgetFailures(String username) {
        jdbc.update("delete from sign_in_failure where username = ?", key(username));
    }

    private Long accountId(String username) {
        return accounts.findByUsername(username.trim()).map(Account::getId).orElse(null);
    }

    private static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }

    /** What the audit trail names as the actor of an attempt: the name typed, cut to the column. */
    private static String actor(String username) {
        String name = username == null || username.isBlank() ? "(trống)" : username.trim();
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    private static String address(String address) {
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
