package vn.mttq.thidua.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.security.LoginAttempts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in as a guesser would try it: one answer for every failure, failures counted in SQL even when they
 * come at once, a pause per account and address (so a guesser cannot lock the real user out), per address, and
 * a lock of the account after many failures from anywhere; passwords longer than BCrypt's 72 bytes. No test
 * transaction: each sign-in commits as in production. Each test has accounts of its own.
 */
@ThiDuaTest
class SignInTest {

    private static final String PASSWORD = "Dung@Mat2026";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private LoginAttempts attempts;
    @Autowired
    private AccountService accounts;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String account(String username) {
        return fixtures.account(username, PASSWORD, "STAFF", null);
    }

    private String signIn(String username, String password, String address) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login").param("username", username)
                .param("password", password).with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
        return response.getRedirectedUrl();
    }

    private long audits(String actor, String action) {
        return fixtures.count("select count(*) from audit_record where actor = ? and action = ?", actor, action);
    }

    @Test
    void everyFailureGetsTheSameAnswer() throws Exception {
        String disabled = account("dn_disabled");
        String locked = account("dn_locked");
        fixtures.jdbc().update("update account set enabled = false where username = ?", disabled);
        fixtures.jdbc().update("update account set locked_until = now() + interval '10 minutes' where username = ?", locked);

        assertThat(signIn(account("dn_plain"), "sai-mat-khau-1", "10.9.0.1")).isEqualTo("/login?error");
        assertThat(signIn("khong_co_ai", PASSWORD, "10.9.0.1")).isEqualTo("/login?error");
        assertThat(signIn(disabled, PASSWORD, "10.9.0.1")).isEqualTo("/login?error");
        assertThat(signIn(locked, PASSWORD, "10.9.0.1")).isEqualTo("/login?error");
        String page = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đăng nhập không thành công").doesNotContain("khóa").doesNotContain("vô hiệu");

        // each is on the audit trail, the unknown name too, and the right password of a disabled account is not a failure
        assertThat(audits("dn_plain", "LOGIN_FAILED")).isEqualTo(1);
        assertThat(audits("khong_co_ai", "LOGIN_UNKNOWN_NAME")).isEqualTo(1);
        assertThat(audits(disabled, "LOGIN_REFUSED")).isEqualTo(1);
        assertThat(fixtures.count("select failed_attempts from account where username = ?", disabled)).isZero();
    }

    @Test
    void fiveFailuresFromOneAddressPauseOnlyThatAddressForThatAccount() throws Exception {
        String name = account("dn_pair");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(name, "sai-" + i, "10.9.1.1")).isEqualTo("/login?error");
        }
        assertThat(signIn(name, PASSWORD, "10.9.1.1")).as("paused from the guesser's address").isEqualTo("/login?error");
        assertThat(audits(name, "LOGIN_THROTTLED")).isEqualTo(1);
        assertThat(signIn(name, PASSWORD, "10.9.1.2")).as("the real user elsewhere").isEqualTo("/");
        assertThat(fixtures.count("select count(*) from account where username = ? and locked_until is not null", name)).isZero();
    }

    @Test
    void anAddressThatFailsTooOftenIsPausedForEveryAccount() throws Exception {
        String name = account("dn_address");
        for (int i = 0; i < 30; i++) {
            signIn("ten_doan_" + i, "sai", "10.9.2.2");
        }
        assertThat(signIn(name, PASSWORD, "10.9.2.2")).isEqualTo("/login?error");
        assertThat(signIn(name, PASSWORD, "10.9.2.3")).isEqualTo("/");
    }

    @Test
    void manyFailuresFromAnywhereLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        String name = account("dn_account");
        for (int i = 0; i < 20; i++) {
            signIn(name, "sai", "10.9.3." + (i / 4));
        }
        assertThat(fixtures.count("select count(*) from account where username = ? and locked_until > now()", name)).isEqualTo(1);
        assertThat(audits(name, "LOCK")).isEqualTo(1);
        assertThat(signIn(name, PASSWORD, "10.9.3.99")).isEqualTo("/login?error");

        Fixtures.signIn(users, "admin");
        long id = fixtures.accountId(name);
        accounts.unlock(id, fixtures.versionOf("account", id));
        SecurityContextHolder.clearContext();
        assertThat(signIn(name, PASSWORD, "10.9.3.0")).isEqualTo("/");
    }

    @Test
    void parallelGuessesAreEachCounted() throws Exception {
        String name = account("dn_parallel");
        int guesses = 12;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String address = "10.9.4." + i;
            done.add(pool.submit(() -> {
                start.await();
                attempts.failed(name, address);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(fixtures.count("select failed_attempts from account where username = ?", name)).isEqualTo(guesses);
        assertThat(fixtures.count("select count(*) from sign_in_failure where username = ?", name)).isEqualTo(guesses);
        assertThat(audits(name, "LOGIN_FAILED")).isEqualTo(guesses);
    }

    @Test
    void aPasswordLongerThanBcryptCanCompareIsAMessageNotAnError() throws Exception {
        String name = account("dn_long");
        String vietnamese = "Đoànkếtsángtạonăngsuấtchấtlượnghiệuquảhộinhậpquốctế2026";
        assertThat(signIn(name, vietnamese, "10.9.5.1")).isEqualTo("/login?error");

        MockHttpServletResponse change = mvc.perform(post("/account/password").with(user(users.loadUserByUsername(name)))
                .with(csrf()).param("currentPassword", PASSWORD).param("newPassword", vietnamese)
                .param("confirmPassword", vietnamese)).andReturn().getResponse();
        assertThat(change.getStatus()).isEqualTo(200);
        assertThat(change.getContentAsString()).contains("tối đa 72 byte");
        assertThat(signIn(name, PASSWORD, "10.9.5.1")).isEqualTo("/");
    }
}
