package vn.mttq.thidua;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The previous release, as an installation runs it — its schema (migrations V1–V16) holding its demo data, dumped
 * with pg_dump from that release and restored here with psql — migrated to this one: every table keeps every row,
 * the audit trail is untouched, and what this release adds starts empty or with its defaults.
 */
class ReleaseUpgradeTest {

    private static final ScratchDatabase DATABASE = new ScratchDatabase("thidua_release_upgrade_test");
    private static final String USER = ScratchDatabase.USER;
    private static final String PASSWORD = ScratchDatabase.PASSWORD;
    private static String url;

    @BeforeAll
    static void restoreThePreviousRelease() throws Exception {
        url = DATABASE.url();
        DATABASE.create();
        URI server = DATABASE.server();
        ProcessBuilder psql = new ProcessBuilder("psql", "-v", "ON_ERROR_STOP=1", "-q", "-h", server.getHost(),
                "-p", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()), "-U", USER, "-d", DATABASE.name())
                .redirectErrorStream(true);
        psql.environment().put("PGPASSWORD", PASSWORD);
        Process process = psql.start();
        try (InputStream dump = new GZIPInputStream(ReleaseUpgradeTest.class.getResourceAsStream(
                "/upgrade/previous-release-demo.sql.gz")); OutputStream in = process.getOutputStream()) {
            dump.transferTo(in);
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        DATABASE.drop();
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = 'public' order by 1", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    @Test
    void thePreviousReleasesDemoIsMigratedWithoutLoss() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, USER, PASSWORD);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select max(version::int) from flyway_schema_history where success", Integer.class))
                .isEqualTo(16);
        Map<String, Long> before = counts(jdbc);
        assertThat(before.get("report")).isGreaterThan(200);
        List<Map<String, Object>> auditBefore = jdbc.queryForList("select * from audit_record order by id");
        List<Map<String, Object>> reportsBefore = jdbc.queryForList(
                "select id, unit_id, period_id, status, narrative, total_score, late, unit_name, agency_name from report order by id");
        List<Map<String, Object>> decisionsBefore = jdbc.queryForList("select id, code, title, status, legal_basis from decision order by id");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(Map.of("app_role", USER)).load().migrate();

        Map<String, Long> after = counts(jdbc);
        before.remove("flyway_schema_history");
        // the law of the day joins the reference documents: Decree 152/2025/NĐ-CP and Circular 15/2025/TT-BNV (V37)
        before.merge("decision_basis", 2L, Long::sum);
        // and the form of Chiến sĩ thi đua cấp tỉnh, whose conditions Law 06/2022/QH15 Art. 22 sets (V38)
        before.merge("commendation_form", 1L, Long::sum);
        before.forEach((table, count) -> assertThat(after.get(table)).as(table).isEqualTo(count));
        assertThat(after).containsKeys("notice", "shedlock", "import_batch");
        assertThat(after.get("notice")).isZero();
        assertThat(jdbc.queryForList("select * from audit_record order by id")).isEqualTo(auditBefore);
        assertThat(jdbc.queryForList("select id, unit_id, period_id, status, narrative, total_score, late, unit_name, agency_name "
                + "from report order by id")).isEqualTo(reportsBefore);
        assertThat(jdbc.queryForList("select id, code, title, status, legal_basis from decision order by id")).isEqualTo(decisionsBefore);
        assertThat(jdbc.queryForObject("select count(*) from account where not email_notices", Long.class)).isZero();
        // an agency is found by the names of those merged into it: their names folded into its search key (V28, V29)
        List<Map<String, Object>> successions = jdbc.queryForList("""
                select p.name as predecessor, s.search_key from agency_change c join agency p on p.id = c.agency_id
                join agency s on s.id = c.successor_id where c.kind = 'MERGED'""");
        assertThat(successions).isNotEmpty().allSatisfy(row -> assertThat((String) row.get("search_key"))
                .contains(vn.mttq.thidua.shared.SearchText.fold((String) row.get("predecessor"))));
        assertThat(jdbc.queryForObject("select max(version::int) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(18);
    }
}
