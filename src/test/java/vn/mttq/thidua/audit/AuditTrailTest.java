package vn.mttq.thidua.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.TestDatabase;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit trail cannot be erased: the application's role (which the whole suite runs as) may only add to it
 * and read it — no UPDATE, DELETE, TRUNCATE, no dropping or disabling its triggers —, TRUNCATE is refused even to
 * the owner, and refused requests leave a line on it. Every attempt runs in a transaction that is rolled back,
 * so that a failure of this test cannot empty the trail for the others.
 */
@ThiDuaTest
class AuditTrailTest {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    @Test
    void theApplicationsRoleMayOnlyAddToTheTrailAndReadIt() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                var rs = statement.executeQuery("select current_user");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(TestDatabase.APP_ROLE);
            }
            for (String attack : new String[] {
                    "truncate audit_record",
                    "delete from audit_record where id = (select min(id) from audit_record)",
                    "update audit_record set actor = 'ai đó' where id = (select min(id) from audit_record)",
                    "drop trigger audit_record_no_update on audit_record",
                    "alter table audit_record disable trigger all",
                    "drop table audit_record"}) {
                assertThatThrownBy(() -> run(connection, attack)).as(attack).isInstanceOf(SQLException.class);
            }
            run(connection, "insert into audit_record (actor, action, entity_type) values ('kiểm thử', 'TEST', 'Test')");
            try (Statement statement = connection.createStatement()) {
                var rs = statement.executeQuery("select count(*) from audit_record where action = 'TEST'");
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
            connection.rollback();
        }
    }

    @Test
    void evenTheOwnerCannotTruncateTheTrail() throws SQLException {
        String url = System.getenv().getOrDefault("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/thidua_test");
        String owner = System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url, owner, password)) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> run(connection, "truncate audit_record")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            connection.rollback();
        }
        assertThat(fixtures.count("select count(*) from audit_record")).isPositive();
    }

    @Test
    void refusedRequestsAreOnTheTrail() throws Exception {
        long rep1Report = fixtures.count("""
                select min(r.id) from report r join unit u on u.id = r.unit_id where u.agency_id = ?""",
                fixtures.agencyOf("rep1"));
        assertThat(mvc.perform(get("/reports/" + rep1Report).with(user(users.loadUserByUsername("rep2"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(fixtures.count("""
                select count(*) from audit_record where actor = 'rep2' and action = 'NOT_FOUND'
                  and entity_type = 'Report' and entity_id = ?""", rep1Report)).isEqualTo(1);

        assertThat(mvc.perform(get("/admin/accounts").with(user(users.loadUserByUsername("rep2"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(fixtures.count("""
                select count(*) from audit_record where actor = 'rep2' and action = 'FORBIDDEN'
                  and summary = 'GET /admin/accounts'""")).isEqualTo(1);
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("savepoint attempt");
            try {
                statement.execute(sql);
            } catch (SQLException e) {
                statement.execute("rollback to savepoint attempt");
                throw e;
            }
        }
    }
}
