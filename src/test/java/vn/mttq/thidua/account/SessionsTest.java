package vn.mttq.thidua.account;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.Visitor;
import vn.mttq.thidua.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions follow the account: they live in PostgreSQL, and disabling an account, changing its role or agency or
 * resetting its password ends its open sessions at once; changing one's own password keeps only the current
 * session, under a new id. Real HTTP on the application's port, each visitor with its own cookies.
 */
@ThiDuaTest
class SessionsTest {

    private static final String PASSWORD = "Phien@Lam2026";

    @LocalServerPort
    private int port;
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

    private String account(String username, Role role) {
        return fixtures.account(username, PASSWORD, role.name(), role == Role.AGENCY_REP ? fixtures.agencyOf("rep1") : null);
    }

    private Visitor signedIn(String username) {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.signIn(username, PASSWORD)).isTrue();
        assertThat(visitor.get("/").status()).isEqualTo(200);
        return visitor;
    }

    private static boolean signedOut(Visitor visitor) {
        Visitor.Page page = visitor.get("/");
        return page.status() == 302 && page.location().endsWith("/login");
    }

    private long id(String username) {
        return fixtures.accountId(username);
    }

    private void asAdmin(Runnable action) {
        Fixtures.signIn(users, "admin");
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void sessionsAreKeptInPostgresqlAndSigningOutEndsThem() {
        String name = account("ph_out", Role.STAFF);
        Visitor visitor = signedIn(name);
        assertThat(fixtures.count("select count(*) from spring_session where principal_name = ?", name)).isEqualTo(1);
        visitor.post("/logout", Map.of());
        assertThat(signedOut(visitor)).isTrue();
        assertThat(fixtures.count("select count(*) from spring_session where principal_name = ?", name)).isZero();
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() {
        String name = account("ph_disabled", Role.AGENCY_REP);
        Visitor office = signedIn(name);
        Visitor home = signedIn(name);
        Visitor other = signedIn(account("ph_bystander", Role.STAFF));

        asAdmin(() -> accounts.setEnabled(id(name), false, fixtures.versionOf("account", id(name))));

        assertThat(signedOut(office)).isTrue();
        assertThat(signedOut(home)).isTrue();
        assertThat(other.get("/").status()).as("someone else's session").isEqualTo(200);
        assertThat(new Visitor(port).signIn(name, PASSWORD)).isFalse();
    }

    @Test
    void aNewRoleOrAgencyOrPasswordEndsTheSessionsThatHadTheOldOnes() {
        String staff = account("ph_role", Role.STAFF);
        Visitor withStaffRights = signedIn(staff);
        assertThat(withStaffRights.get("/agencies").status()).isEqualTo(200);
        asAdmin(() -> {
            AccountForm form = AccountForm.of(accounts.get(id(staff)));
            form.setRole(Role.AGENCY_REP);
            form.setAgencyId(fixtures.agencyOf("rep2"));
            accounts.update(id(staff), form.details(), form.getVersion());
        });
        assertThat(signedOut(withStaffRights)).isTrue();
        Visitor again = signedIn(staff);
        assertThat(again.get("/agencies").status()).as("now a representative").isEqualTo(403);

        String rep = account("ph_agency", Role.AGENCY_REP);
        Visitor ofRep1 = signedIn(rep);
        asAdmin(() -> {
            AccountForm form = AccountForm.of(accounts.get(id(rep)));
            form.setAgencyId(fixtures.agencyOf("rep2"));
            accounts.update(id(rep), form.details(), form.getVersion());
        });
        assertThat(signedOut(ofRep1)).isTrue();

        String renamed = account("ph_rename", Role.STAFF);
        Visitor kept = signedIn(renamed);
        asAdmin(() -> {
            AccountForm form = AccountForm.of(accounts.get(id(renamed)));
            form.setFullName("Tên mới, quyền như cũ");
            accounts.update(id(renamed), form.details(), form.getVersion());
        });
        assertThat(kept.get("/").status()).as("a new name changes no right").isEqualTo(200);

        String reset = account("ph_reset", Role.STAFF);
        Visitor beforeReset = signedIn(reset);
        asAdmin(() -> accounts.resetPassword(id(reset), fixtures.versionOf("account", id(reset))));
        assertThat(signedOut(beforeReset)).isTrue();
    }

    @Test
    void changingOnesOwnPasswordKeepsOnlyThisSessionUnderANewId() {
        String name = account("ph_own", Role.STAFF);
        Visitor here = signedIn(name);
        Visitor elsewhere = signedIn(name);
        String before = here.sessionId();

        here.get("/account/password");
        Visitor.Page changed = here.post("/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Moi@Hon2026x", "confirmPassword", "Moi@Hon2026x"));

        assertThat(changed.status()).isEqualTo(302);
        assertThat(here.sessionId()).isNotEqualTo(before);
        assertThat(here.get("/").status()).isEqualTo(200);
        assertThat(signedOut(elsewhere)).isTrue();
        assertThat(fixtures.count("select count(*) from spring_session where principal_name = ?", name)).isEqualTo(1);
    }
}
