package vn.mttq.thidua;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation of the previous release (schema V6, one campaign) upgraded to this one: its campaign, units,
 * pledges, reports and decisions stay exactly as they were, every unit takes part in the campaign of its content
 * area, the campaign gets its pledge windows, and nothing is lost. Runs on a database of its own.
 */
class UpgradeMigrationTest {

    private static final ScratchDatabase DATABASE = new ScratchDatabase("thidua_upgrade_test");
    private static final String USER = ScratchDatabase.USER;
    private static final String PASSWORD = ScratchDatabase.PASSWORD;
    private static String url;

    @BeforeAll
    static void freshDatabase() throws SQLException {
        url = DATABASE.url();
        DATABASE.create();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        DATABASE.drop();
    }

    static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target)
                .placeholders(Map.of("app_role", USER)).load();
    }

    @Test
    void theDataOfThePreviousReleaseIsCarriedOverUnchanged() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, USER, PASSWORD);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "6").migrate();
        fillAsThePreviousReleaseDid(jdbc);

        Map<String, Long> countsBefore = counts(jdbc);
        List<Map<String, Object>> pledgesBefore = jdbc.queryForList(
                "select id, unit_id, year, status, signatory_name, title_aimed from pledge order by id");
        List<Map<String, Object>> reportsBefore = jdbc.queryForList(
                "select id, unit_id, period_id, status, narrative, total_score, late from report order by id");
        List<Map<String, Object>> decisionsBefore = jdbc.queryForList(
                "select id, number, title, signed_on, status, signer_name from decision order by id");
        Map<String, Object> campaignBefore = jdbc.queryForMap("select id, code, name, start_year, end_year from campaign");

        flyway(dataSource, "latest").migrate();

        Map<String, Long> countsAfter = counts(jdbc);
        countsBefore.forEach((table, count) -> assertThat(countsAfter.get(table)).as(table).isEqualTo(count));
        assertThat(jdbc.queryForList("select id, unit_id, year, status, signatory_name, title_aimed from pledge order by id"))
                .isEqualTo(pledgesBefore);
        assertThat(jdbc.queryForList("select id, unit_id, period_id, status, narrative, total_score, late from report order by id"))
                .isEqualTo(reportsBefore);
        assertThat(jdbc.queryForList("select id, number, title, signed_on, status, signer_name from decision order by id"))
                .isEqualTo(decisionsBefore);
        // the decision's number written as the administrative format has it, and the legal basis of its date
        assertThat(jdbc.queryForObject("select code from decision", String.class)).isEqualTo("01/QĐ-MTTQ-BTT");
        assertThat(jdbc.queryForObject("select legal_basis from decision", String.class))
                .contains("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;")
                .contains("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023").doesNotContain("15/2003/QH11");
        assertThat(jdbc.queryForObject("select signer_title from decision", String.class)).isEqualTo("CHỦ TỊCH");
        assertThat(jdbc.queryForMap("select id, code, name, start_year, end_year from campaign")).isEqualTo(campaignBefore);

        // every unit takes part in the campaign of its content area; reports keep their area; pledge windows exist
        assertThat(jdbc.queryForObject("select count(*) from participation p join unit u on u.id = p.unit_id "
                + "and p.content_area_id = u.content_area_id", Long.class)).isEqualTo(countsBefore.get("unit"));
        assertThat(jdbc.queryForObject("select count(*) from report r join unit u on u.id = r.unit_id "
                + "where r.content_area_id = u.content_area_id", Long.class)).isEqualTo(countsBefore.get("report"));
        assertThat(jdbc.queryForObject("select count(*) from report r join unit u on u.id = r.unit_id "
                + "where r.unit_name = u.name", Long.class)).as("approved reports keep the names of their time")
                .isEqualTo(countsBefore.get("report"));
        assertThat(jdbc.queryForObject("select count(*) from reporting_period where kind = 'PLEDGE'", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from agency where status = 'ACTIVE'", Long.class))
                .isEqualTo(countsBefore.get("agency"));
        assertThat(jdbc.queryForObject("select status from campaign", String.class)).isEqualTo("LAUNCHED");
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"campaign", "content_area", "legal_document", "agency", "unit", "account",
                "pledge", "pledge_target", "report", "report_score", "initiative", "nomination", "decision", "audit_record"}) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("reporting_period (reports)", jdbc.queryForObject(
                "select count(*) from reporting_period where kind <> 'PLEDGE'", Long.class));
        return counts;
    }

    /** What an installation of the previous release holds: agencies, units, accounts, a pledge, reports, a decision. */
    static void fillAsThePreviousReleaseDid(JdbcTemplate jdbc) {
        long area = jdbc.queryForObject("select min(id) from content_area", Long.class);
        long agency = jdbc.queryForObject("insert into agency (kind, name, short_name, search_key) values "
                + "('DEPARTMENT', 'Sở Giáo dục và Đào tạo tỉnh Tiền Giang', 'Sở GD&ĐT', 'so gd') returning id", Long.class);
        long other = jdbc.queryForObject("insert into agency (kind, name, short_name, search_key) values "
                + "('DISTRICT_FRONT', 'Ủy ban MTTQ Việt Nam huyện Cái Bè', 'MTTQ huyện Cái Bè', 'cai be') returning id", Long.class);
        long unit = jdbc.queryForObject("insert into unit (agency_id, content_area_id, name, kind, search_key) values "
                + "(?, ?, 'Trường THPT Cái Bè', 'SCHOOL', 'thpt cai be') returning id", Long.class, agency, area);
        long second = jdbc.queryForObject("insert into unit (agency_id, content_area_id, name, kind, search_key) values "
                + "(?, ?, 'Ủy ban MTTQ Việt Nam xã Hòa Khánh', 'OFFICE', 'hoa khanh') returning id", Long.class, other, area);
        jdbc.update("insert into account (username, password_hash, full_name, role, agency_id, search_key) values "
                + "('rep1', '{noop}x', 'Lê Minh Châu', 'AGENCY_REP', ?, 'rep1')", agency);
        long pledge = jdbc.queryForObject("insert into pledge (unit_id, year, title_aimed, signatory_name, status, search_key) "
                + "values (?, 2024, 'ADVANCED_LABOUR_COLLECTIVE', 'Nguyễn Văn Hùng', 'ACCEPTED', 'x') returning id", Long.class, unit);
        jdbc.update("insert into pledge_target (pledge_id, position, name, measure, target_value) values (?, 1, 'Tỷ lệ', '%', 98)", pledge);
        for (long u : new long[] {unit, second}) {
            jdbc.update("""
                    insert into report (unit_id, period_id, status, narrative, late, total_score, search_key)
                    select ?, id, 'ACCEPTED', 'Hoàn thành các chỉ tiêu', false, 87.5, 'x'
                    from reporting_period where kind = 'ANNUAL' and year = 2024""", u);
        }
        jdbc.update("insert into decision (year, number, code, title, signed_on, signer_name, signer_title, status, created_by, "
                + "search_key) values (2025, 1, '1/QĐ-MTTQ-BTT', 'Khen thưởng năm 2024', date '2025-02-20', 'Nguyễn Văn An', "
                + "'TM. BAN THƯỜNG TRỰC — CHỦ TỊCH', 'PUBLISHED', 'admin', 'x')");
        jdbc.update("insert into audit_record (actor, action, entity_type) values ('admin', 'IMPORT', 'Test')");
    }
}
