package vn.mttq.thidua.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.security.Role;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signing in, lockout after repeated failures, and what admins do to accounts. */
@ThiDuaTest
@Transactional
class AccountTest {

    @Autowired
    private MockMvc mvc;
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

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void theFourDemoAccountsSignInWithTheDemoPassword() throws Exception {
        for (String username : new String[] {"admin", "staff", "rep1", "rep2"}) {
            MockHttpServletResponse response = mvc.perform(formLogin().user(username).password("ThiDua@2025"))
                    .andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).as(username).isEqualTo("/");
        }
        assertThat(fixtures.jdbc().queryForObject("select password_hash from account where username = 'rep1'", String.class))
                .startsWith("{bcrypt}");
    }

    @Test
    void anAdminCreatesARepresentativeWhoMustChangeTheInitialPassword() throws Exception {
        UserDetails admin = users.loadUserByUsername("admin");
        long agency = fixtures.agencyOf("rep2");
        MockHttpServletResponse missingAgency = mvc.perform(post("/admin/accounts").with(user(admin)).with(csrf())
                .param("username", "rep3").param("fullName", "Võ Thị Em").param("role", "AGENCY_REP")
                .param("initialPassword", "Tam1234567")).andReturn().getResponse();
        assertThat(missingAgency.getStatus()).isEqualTo(200);
        assertThat(missingAgency.getContentAsString()).contains("Đại diện cơ quan phải thuộc một cơ quan.")
                .doesNotContain("Tam1234567");

        MockHttpServletResponse created = mvc.perform(post("/admin/accounts").with(user(admin)).with(csrf())
                .param("username", "rep3").param("fullName", "Võ Thị Em").param("role", "AGENCY_REP")
                .param("agencyId", String.valueOf(agency)).param("initialPassword", "Tam1234567")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        fixtures.flush();

        MockHttpServletResponse login = mvc.perform(formLogin().user("rep3").password("Tam1234567")).andReturn().getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/");
        UserDetails rep3 = users.loadUserByUsername("rep3");
        assertThat(mvc.perform(get("/").with(user(rep3))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");

        signIn("rep3");
        accounts.changeOwnPassword("Tam1234567", "MatKhauMoi2026", "MatKhauMoi2026");
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select must_change_password from account where username = 'rep3'", Boolean.class))
                .isFalse();
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Account' and entity_id = ? "
                + "order by id", String.class, fixtures.accountId("rep3"))).containsSubsequence("CREATE", "CHANGE_PASSWORD");
    }

    @Test
    void changingOwnPasswordChecksTheCurrentOneAndThePolicy() {
        signIn("staff");
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "MatKhauMoi2026", "MatKhauMoi2026"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> accounts.changeOwnPassword("ThiDua@2025", "short1", "short1"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> accounts.changeOwnPassword("ThiDua@2025", "MatKhauMoi2026", "MatKhauKhac2026"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("confirmPassword"));
    }

    @Test
    void resetDisableAndTheAdminsOwnAccount() throws Exception {
        signIn("admin");
        long rep2 = fixtures.accountId("rep2");
        String temporary = accounts.resetPassword(rep2, fixtures.versionOf("account", rep2));
        fixtures.flush();
        accounts.setEnabled(rep2, false, fixtures.versionOf("account", rep2));
        fixtures.flush();
        SecurityContextHolder.clearContext();
        assertThat(mvc.perform(formLogin().user("rep2").password(temporary)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");

        signIn("admin");
        long admin = fixtures.accountId("admin");
        assertThatThrownBy(() -> accounts.setEnabled(admin, false, fixtures.versionOf("account", admin)))
                .isInstanceOf(BusinessRuleException.class);
        AccountForm demote = AccountForm.of(accounts.get(admin));
        demote.setRole(Role.STAFF);
        assertThatThrownBy(() -> accounts.update(admin, demote.details(), demote.getVersion())).isInstanceOf(BusinessRuleException.class);
    }
}
