package vn.mttq.thidua.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.mttq.thidua.security.Role;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

    private static Account staff() {
        return new Account("staff9", "{noop}x", false, "Staff", null, Role.STAFF, null);
    }

    @Test
    void theFifthFailureInARowLocksForTheConfiguredTime() {
        Account account = staff();
        for (int i = 1; i <= 4; i++) {
            assertThat(account.loginFailed(5, Duration.ofMinutes(15), NOW)).isFalse();
        }
        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.loginFailed(5, Duration.ofMinutes(15), NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plusSeconds(60))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(account.toCurrentUser(NOW).isAccountNonLocked()).isFalse();
    }

    @Test
    void aSuccessClearsTheFailures() {
        Account account = staff();
        for (int i = 0; i < 4; i++) {
            account.loginFailed(5, Duration.ofMinutes(15), NOW);
        }
        account.loginSucceeded(NOW);
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.loginFailed(5, Duration.ofMinutes(15), NOW)).isFalse();
        assertThat(account.getLastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void aRepresentativeNeedsAnAgencyAndOthersHaveNone() {
        assertThatThrownBy(() -> new Account("rep9", "{noop}x", false, "Rep", null, Role.AGENCY_REP, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("account.error.agencyRequired"));
        Account account = staff();
        assertThat(account.getAgency()).isNull();
        assertThat(account.toCurrentUser(NOW).agencyScope()).isNull();
    }

    @Test
    void passwordPolicy() {
        assertThatThrownBy(() -> PasswordPolicy.check("p", "abc123", "u"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("password.error.length"));
        assertThatThrownBy(() -> PasswordPolicy.check("p", "abcdefghij", "u"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("password.error.lettersAndDigits"));
        assertThatThrownBy(() -> PasswordPolicy.check("p", "staff2025x", "STAFF2025X"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("password.error.sameAsUsername"));
        PasswordPolicy.check("p", "ThiDua@2025", "staff");
        for (int i = 0; i < 50; i++) {
            PasswordPolicy.check("p", PasswordPolicy.temporary(), "staff");
        }
    }
}
