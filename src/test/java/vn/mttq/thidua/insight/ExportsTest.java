package vn.mttq.thidua.insight;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every export re-read as a workbook: the rows are those of the list's filter (every page of it, counted here in
 * SQL), a representative's only their agency's, and the totals add up.
 */
@ThiDuaTest
@Transactional
class ExportsTest {

    /** Title, "made on", a blank line and the header come before the first record. */
    private static final int FIRST_ROW = 4;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private Sheet sheet(MockHttpServletRequestBuilder request, String who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(users.loadUserByUsername(who)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            return workbook.getSheetAt(0);
        }
    }

    /** The records of a list's export, checked against the line below them that says how many there are. */
    private static int records(Sheet sheet) {
        int records = sheet.getLastRowNum() - 1 - FIRST_ROW;
        assertThat(sheet.getRow(sheet.getLastRowNum() - 1)).as("a blank line below the records").isNull();
        String found = sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue();
        assertThat(found).matches("(Tìm thấy [0-9.]+ kết quả|[0-9,]+ found)");
        assertThat(found.replaceAll("[^0-9]", "")).isEqualTo(String.valueOf(records));
        return records;
    }

    /** Every line below the header of an export that is not a list's (the awardees, with their total line). */
    private static int lines(Sheet sheet) {
        return sheet.getLastRowNum() - FIRST_ROW + 1;
    }

    @Test
    void theReportListExportHoldsEveryPageOfItsFilterAndARepresentativeOnlyTheirOwn() throws Exception {
        long campaign = fixtures.campaignId();
        long accepted = fixtures.count("select count(*) from report r join reporting_period p on p.id = r.period_id "
                + "where p.campaign_id = ? and r.status = 'ACCEPTED'", campaign);
        assertThat(accepted).isGreaterThan(20);
        Sheet all = sheet(get("/reports/export").param("campaign", String.valueOf(campaign)).param("status", "ACCEPTED"), "staff");
        assertThat(records(all)).isEqualTo(accepted);
        assertThat(all.getRow(FIRST_ROW - 1).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
        assertThat(all.getRow(FIRST_ROW).getCell(3).getStringCellValue()).isEqualTo("Đã duyệt");

        long agency = fixtures.agencyOf("rep1");
        long own = fixtures.count("select count(*) from report r join reporting_period p on p.id = r.period_id "
                + "join unit u on u.id = r.unit_id where p.campaign_id = ? and u.agency_id = ?", campaign, agency);
        Sheet mine = sheet(get("/reports/export").param("campaign", String.valueOf(campaign)), "rep1");
        assertThat(records(mine)).isEqualTo(own).isPositive();
        // another agency's reports, asked for by address, are not there (the list shows none either)
        Sheet theirs = sheet(get("/reports/export").param("campaign", String.valueOf(campaign))
                .param("agency", String.valueOf(fixtures.agencyOf("rep2"))), "rep1");
        assertThat(records(theirs)).isZero();
        String agencyName = fixtures.jdbc().queryForObject("select name from agency where id = ?", String.class, agency);
        for (int r = FIRST_ROW; r < FIRST_ROW + records(mine); r++) {
            assertThat(mine.getRow(r).getCell(1).getStringCellValue()).isEqualTo(agencyName);
        }
    }

    @Test
    void theOtherListsExportTheirFilters() throws Exception {
        long campaign = fixtures.campaignId();
        assertThat(records(sheet(get("/pledges/export").param("campaign", String.valueOf(campaign)).param("year", "2024"), "staff")))
                .isEqualTo(fixtures.count("select count(*) from pledge where year = 2024"));
        assertThat(records(sheet(get("/nominations/export").param("campaign", "all").param("status", "COMMENDED"), "staff")))
                .isEqualTo(fixtures.count("select count(*) from nomination where status = 'COMMENDED'"));
        assertThat(records(sheet(get("/decisions/export").param("status", "PUBLISHED"), "admin")))
                .isEqualTo(fixtures.count("select count(*) from decision where status = 'PUBLISHED'"));
        assertThat(records(sheet(get("/agencies/export").param("kind", "DEPARTMENT"), "staff")))
                .isEqualTo(fixtures.count("select count(*) from agency where kind = 'DEPARTMENT'"));
        assertThat(records(sheet(get("/admin/accounts/export").param("role", "AGENCY_REP").param("lang", "en"), "admin")))
                .isEqualTo(fixtures.count("select count(*) from account where role = 'AGENCY_REP'"));
        assertThat(records(sheet(get("/council-sessions/export"), "staff")))
                .isEqualTo(fixtures.count("select count(*) from council_session"));
        Sheet honor = sheet(get("/honor-roll/export").param("campaign", String.valueOf(campaign)).param("year", "2023"), "staff");
        assertThat(records(honor)).isEqualTo(fixtures.count("select count(*) from nomination n join decision d on d.id = n.decision_id "
                + "where n.status = 'COMMENDED' and d.status = 'PUBLISHED' and n.year = 2023")).isPositive();
    }

    @Test
    void wrongOrMissingParametersOfTheNewRoutesGetTheirErrorPagesAndChangeNothing() throws Exception {
        var staff = user(users.loadUserByUsername("staff"));
        String[][] answers = {{"/decisions/awardees.xlsx", "400"}, {"/decisions/statistics.xlsx?year=abc", "400"},
                {"/dashboard/consolidated.xlsx", "400"}, {"/dashboard/consolidated.pdf?period=", "400"},
                {"/dashboard?period=abc", "400"}, {"/dashboard/units?area=x", "400"}, {"/import/templates/xyz.xlsx", "404"},
                {"/import/batches/abc", "404"}, {"/audit/abc", "404"}, {"/audit?page=-3&id=%27", "200"}};
        for (String[] answer : answers) {
            String[] parts = answer[0].split("\\?", 2);
            var request = get(parts[0]).with(staff);
            if (parts.length > 1) {
                for (String pair : parts[1].split("&")) {
                    String[] kv = pair.split("=", 2);
                    request.param(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(answer[0])
                    .isEqualTo(Integer.parseInt(answer[1]));
        }
        long wanted = fixtures.count("select count(*) from account where username = 'rep1' and email_notices");
        var rep1 = user(users.loadUserByUsername("rep1"));
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/notices/settings")
                .param("email", "banana").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(rep1)).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(fixtures.count("select count(*) from account where username = 'rep1' and email_notices")).isEqualTo(wanted);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/notices/abc/open")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(rep1)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theAwardeesOfADecisionAndOfAYearAndTheStatisticsAddUp() throws Exception {
        long decision = fixtures.count("select min(id) from decision where status = 'PUBLISHED'");
        long onDecision = fixtures.count("select count(*) from nomination where decision_id = ?", decision);
        Sheet awardees = sheet(get("/decisions/" + decision + "/awardees.xlsx"), "staff");
        // the awardees, then the total line
        assertThat(lines(awardees)).isEqualTo(onDecision + 1);
        Row total = awardees.getRow(awardees.getLastRowNum());
        assertThat((long) total.getCell(1).getNumericCellValue()).isEqualTo(onDecision);

        int year = fixtures.jdbc().queryForObject("select year from decision where id = ?", Integer.class, decision);
        long ofYear = fixtures.count("select count(*) from nomination n join decision d on d.id = n.decision_id "
                + "where d.status = 'PUBLISHED' and d.year = ?", year);
        assertThat(lines(sheet(get("/decisions/awardees.xlsx").param("year", String.valueOf(year)), "staff"))).isEqualTo(ofYear + 1);

        Sheet statistics = sheet(get("/decisions/statistics.xlsx").param("year", String.valueOf(year)), "staff");
        assertThat(statistics.getRow(0).getCell(0).getStringCellValue()).contains(String.valueOf(year));
        Row totals = statistics.getRow(statistics.getLastRowNum());
        long collectives = fixtures.count("select count(*) from nomination n join decision d on d.id = n.decision_id "
                + "where d.status = 'PUBLISHED' and d.year = ? and n.status = 'COMMENDED' and n.nominee_type = 'COLLECTIVE'", year);
        long individuals = fixtures.count("select count(*) from nomination n join decision d on d.id = n.decision_id "
                + "where d.status = 'PUBLISHED' and d.year = ? and n.status = 'COMMENDED' and n.nominee_type = 'INDIVIDUAL'", year);
        assertThat((long) totals.getCell(1).getNumericCellValue()).isEqualTo(collectives);
        assertThat((long) totals.getCell(2).getNumericCellValue()).isEqualTo(individuals);
        assertThat((long) totals.getCell(3).getNumericCellValue()).isEqualTo(collectives + individuals).isPositive();
        long formsRows = 0;
        for (int r = FIRST_ROW; r < statistics.getLastRowNum(); r++) {
            formsRows += (long) statistics.getRow(r).getCell(3).getNumericCellValue();
        }
        assertThat(formsRows).isEqualTo(collectives + individuals);
    }
}
