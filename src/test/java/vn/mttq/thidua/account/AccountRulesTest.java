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
    void aSuccessfulSignInIsRemembered() {
        Account account = staff();
        account.loginSucceeded(NOW);
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.isLockedAt(NOW)).isFalse();
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
        String vietnamese = "Đoànkếtsángtạonăngsuấtchấtlượnghiệuquảhộinhậpquốctế2026";
        assertThat(vietnamese.length()).isLessThan(PasswordPolicy.MAX_LENGTH);
        assertThatThrownBy(() -> PasswordPolicy.check("p", vietnamese, "u"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("password.error.tooManyBytes"));
        for (String common : new String[] {"Password123", "matkhau@123", "Admin@2025", "1q2w3e4r", "Vietnam123"}) {
            assertThatThrownBy(() -> PasswordPolicy.check("p", common, "u")).as(common)
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("password.error.common"));
        }
        PasswordPolicy.check("p", "ThiDua@2025", "staff");
        PasswordPolicy.check("p", "Đoàn kết 2026", "staff");
        for (int i = 0; i < 50; i++) {
            PasswordPolicy.check("p", PasswordPolicy.temporary(), "staff");
        }
    }
}
