package vn.mttq.thidua.account;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.security.Role;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.TrackedEntity;

/** A person's account: role, the agency of a representative, and the state of their sign-in. */
@NamedInterface("api")
@Entity
@Table(name = "account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Account extends TrackedEntity implements Audited {


    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    private boolean enabled = true;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    /** Whether the person wants their notices by e-mail as well (when a mail server is configured). */
    @Column(name = "email_notices")
    private boolean emailNotices = true;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "search_key")
    private String searchKey;

    Account(String username, String passwordHash, boolean mustChangePassword, String fullName, String email,
            Role role, Agency agency) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.fullName = fullName;
        this.email = email;
        assign(role, agency);
    }

    /** A representative belongs to exactly one agency; staff and admins to none. */
    void assign(Role role, Agency agency) {
        if (role == Role.AGENCY_REP && agency == null) {
            throw BusinessRuleException.onField("agencyId", "account.error.agencyRequired");
        }
        this.role = role;
        this.agency = role == Role.AGENCY_REP ? agency : null;
    }

    void setEmailNotices(boolean wanted) {
        this.emailNotices = wanted;
    }

    void rename(String fullName, String email) {
        this.fullName = fullName;
        this.email = email;
    }

    void setPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void loginSucceeded(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    CurrentUser toCurrentUser(Instant now) {
        return new CurrentUser(getId(), username, passwordHash, fullName, role, agency == null ? null : agency.getId(),
                enabled, !isLockedAt(now), mustChangePassword);
    }

    @Override
    protected void beforeSave() {
        searchKey = SearchText.key(username, fullName, email);
    }

    @Override
    public String auditType() {
        return "Account";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("fullName", fullName);
        state.put("email", email);
        state.put("role", role);
        state.put("agencyId", agency == null ? null : agency.getId());
        state.put("enabled", enabled);
        state.put("mustChangePassword", mustChangePassword);
        state.put("lockedUntil", lockedUntil);
        return state;
    }
}
