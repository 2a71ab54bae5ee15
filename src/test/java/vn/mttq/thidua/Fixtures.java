package vn.mttq.thidua;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks up the demo data's ids, which the tests must not assume. */
@Component
public class Fixtures {

    private final JdbcTemplate jdbc;
    private final org.springframework.security.crypto.password.PasswordEncoder encoder;
    @PersistenceContext
    private EntityManager entityManager;

    public Fixtures(JdbcTemplate jdbc, org.springframework.security.crypto.password.PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** An account of a test's own, ready to sign in with {@code password}; a representative of {@code agencyId}. */
    public String account(String username, String password, String role, Long agencyId) {
        jdbc.update("""
                insert into account (username, password_hash, full_name, role, agency_id, must_change_password, search_key)
                values (?, ?, 'Tài khoản kiểm thử', ?, ?, false, ?)""",
                username, encoder.encode(password), role, agencyId, username);
        return username;
    }

    /** Forgets what the test's transaction loaded, so that changes made with SQL are read again. */
    public void clear() {
        entityManager.flush();
        entityManager.clear();
    }

    /** Signs in as one of the demo accounts for calls made straight to the services. */
    public static void signIn(org.springframework.security.core.userdetails.UserDetailsService users, String username) {
        var user = users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()));
    }

    /** Writes what the test's transaction holds, so that SQL sees it. */
    public void flush() {
        entityManager.flush();
    }

    public long agencyOf(String username) {
        return jdbc.queryForObject("select agency_id from account where username = ?", Long.class, username);
    }

    public long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    public long firstActiveUnitOf(long agencyId) {
        return jdbc.queryForObject("select min(id) from unit where agency_id = ? and status = 'ACTIVE'", Long.class, agencyId);
    }

    public long periodId() {
        return jdbc.queryForObject("select min(id) from reporting_period", Long.class);
    }

    public long campaignId() {
        return jdbc.queryForObject("select min(id) from campaign", Long.class);
    }

    public long versionOf(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    public long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
