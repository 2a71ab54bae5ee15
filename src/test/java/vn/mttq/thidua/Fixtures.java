package vn.mttq.thidua;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks up the demo data's ids, which the tests must not assume. */
@Component
public class Fixtures {

    private final JdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    public Fixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
