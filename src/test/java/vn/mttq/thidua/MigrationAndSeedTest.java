package vn.mttq.thidua;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every installation gets from the migrations, and the constraints that hold in SQL. */
@ThiDuaTest
@Transactional
class MigrationAndSeedTest {

    @Autowired
    private Fixtures fixtures;

    @Test
    void theReferenceCampaignHasItsLegalBasisFiveContentAreasAndSevenPeriods() {
        assertThat(fixtures.jdbc().queryForObject("select name from campaign where code = 'DKST-TG-2021-2025'", String.class))
                .isEqualTo("Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế");
        long reference = fixtures.count("select id from campaign where code = 'DKST-TG-2021-2025'");
        assertThat(fixtures.jdbc().queryForList("select number from legal_document where campaign_id = ? order by sort_order",
                String.class, reference)).containsExactly("15/ĐA-MTTW-BTT", "32/TT-MTTW-BTT");
        assertThat(fixtures.jdbc().queryForList("select number from content_area where campaign_id = ? order by number",
                Integer.class, reference)).containsExactly(1, 2, 3, 4, 5);
        assertThat(fixtures.jdbc().queryForList("select year from reporting_period where campaign_id = ? and kind = 'PLEDGE' "
                + "order by year", Integer.class, reference)).containsExactly(2021, 2022, 2023, 2024, 2025);
        List<String> periods = fixtures.jdbc().queryForList("select kind || ' ' || year from reporting_period "
                + "where campaign_id = ? and kind <> 'PLEDGE' order by closes_on", String.class, reference);
        assertThat(periods).containsExactly("ANNUAL 2021", "ANNUAL 2022", "MID_TERM_REVIEW 2023", "ANNUAL 2023",
                "ANNUAL 2024", "FINAL_REVIEW 2025", "ANNUAL 2025");
        assertThat(fixtures.count("select count(*) from reporting_period where campaign_id = ? "
                + "and opens_on <= due_on and due_on <= closes_on", reference)).isEqualTo(12);
    }

    @Test
    void theDemoDataHasTheAgenciesOfTienGiangAndTheFourAccounts() {
        // the browser journeys may have added agencies of their own: count the demo ones by their kinds and units
        assertThat(fixtures.count("select count(*) from agency where kind = 'DISTRICT_FRONT'")).isEqualTo(11);
        assertThat(fixtures.count("select count(*) from agency where kind = 'MEMBER_ORGANISATION'")).isEqualTo(5);
        // each demo agency's own office is a unit (which the reorganisation may have moved to a successor)
        assertThat(fixtures.count("select count(*) from agency a where exists (select 1 from unit u "
                + "where u.name = 'Cơ quan ' || a.short_name)")).as("and the ward of Mỹ Tho, new in 2025").isEqualTo(45);
        assertThat(fixtures.count("select count(*) from agency where name = 'Sở Y tế tỉnh Tiền Giang' and kind = 'DEPARTMENT'"))
                .isEqualTo(1);
        assertThat(fixtures.jdbc().queryForList("select username || ':' || role from account order by username", String.class))
                .contains("admin:ADMIN", "staff:STAFF", "rep1:AGENCY_REP", "rep2:AGENCY_REP");
        assertThat(fixtures.count("select count(*) from audit_record where action = 'CREATE' and entity_type = 'Unit'"))
                .isEqualTo(fixtures.count("select count(*) from unit"));
    }

    @Test
    void theDatabaseRefusesWhatTheRulesForbid() {
        long campaign = fixtures.campaignId();
        assertThatThrownBy(() -> fixtures.jdbc().update("insert into reporting_period (campaign_id, kind, year, name, "
                + "opens_on, due_on, closes_on) values (?, 'ANNUAL', 2030, 'x', date '2030-12-01', date '2030-11-01', "
                + "date '2031-01-01')", campaign)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> fixtures.jdbc().update("insert into account (username, password_hash, full_name, role, "
                + "search_key) values ('nobody', 'x', 'x', 'AGENCY_REP', 'x')")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        // refused twice over: the application's role has no UPDATE on it, and the trigger refuses any owner
        assertThatThrownBy(() -> fixtures.jdbc().update("update audit_record set actor = 'someone else'"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
    }

    @Test
    void theAuditTrailCannotBeDeleted() {
        assertThatThrownBy(() -> fixtures.jdbc().update("delete from audit_record"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
    }
}
