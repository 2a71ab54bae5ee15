package vn.mttq.thidua.insight;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard's figures are the database's: each is counted again here with SQL of its own, for all agencies and
 * for a representative's; the page takes at most eight statements; the consolidated report re-read as a workbook and
 * as PDF text holds the same totals.
 */
@ThiDuaTest
@Transactional
class DashboardTest {

    @Autowired
    private InsightService insight;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private long campaign;
    private long period;

    /** The 2021–2025 campaign and its 2024 annual period, which the demo fills. */
    @BeforeEach
    void choose() {
        campaign = fixtures.campaignId();
        period = fixtures.count("select id from reporting_period where campaign_id = ? and kind = 'ANNUAL' and year = 2024", campaign);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Units taking part and not withdrawn before the period's due date, of one agency or all (null). */
    private static final String PARTICIPANTS = """
            select p.unit_id from participation p join unit u on u.id = p.unit_id
            where p.campaign_id = ? and (u.withdrawn_at is null or u.withdrawn_at::date >= (select due_on from reporting_period where id = ?))
              and (?::bigint is null or u.agency_id = ?)""";

    private void expectFiguresOf(Long agency) {
        Dashboard d = insight.dashboard(String.valueOf(campaign), period, agency).orElseThrow();
        assertThat(d.period().getId()).isEqualTo(period);

        long takingPart = fixtures.count("select count(*) from participation p join unit u on u.id = p.unit_id "
                + "where p.campaign_id = ? and (?::bigint is null or u.agency_id = ?)", campaign, agency, agency);
        assertThat(d.participation().total()).isEqualTo(takingPart).isPositive();

        long participants = fixtures.count("select count(*) from (" + PARTICIPANTS + ") x", campaign, period, agency, agency);
        long onTime = fixtures.count("select count(*) from report where period_id = ? and status in ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'NOT_REVIEWED') "
                + "and not late and unit_id in (" + PARTICIPANTS + ")", period, campaign, period, agency, agency);
        long late = fixtures.count("select count(*) from report where period_id = ? and status in ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'NOT_REVIEWED') "
                + "and late and unit_id in (" + PARTICIPANTS + ")", period, campaign, period, agency, agency);
        assertThat(d.total().units()).isEqualTo(participants);
        assertThat(d.total().onTime()).isEqualTo(onTime).isPositive();
        assertThat(d.total().late()).isEqualTo(late);
        assertThat(d.total().missing()).isEqualTo(participants - onTime - late);

        long initiatives = fixtures.count("select count(*) from initiative i join report r on r.id = i.report_id "
                + "where r.period_id = ? and r.status <> 'DRAFT' and r.unit_id in (" + PARTICIPANTS + ")",
                period, campaign, period, agency, agency);
        assertThat(d.total().initiatives()).isEqualTo(initiatives);

        // the average achievement: each report's targets averaged, then the reports averaged
        BigDecimal achievement = fixtures.jdbc().queryForObject("""
                select round(avg(ratio) * 100, 1) from (
                  select r.id, avg(ra.achieved_value / pt.target_value) as ratio
                  from report r join report_achievement ra on ra.report_id = r.id join pledge_target pt on pt.id = ra.pledge_target_id
                  where r.period_id = ? and r.status <> 'DRAFT' and pt.target_value > 0 and ra.achieved_value is not null
                    and r.unit_id in (""" + PARTICIPANTS + ") group by r.id) x", BigDecimal.class,
                period, campaign, period, agency, agency);
        assertThat(d.total().achievement()).isEqualByComparingTo(achievement.setScale(1, RoundingMode.HALF_UP));

        Map<String, Long> pledges = new HashMap<>();
        fixtures.jdbc().query("""
                select status, count(*) from pledge where year = 2024 and unit_id in (
                  select p.unit_id from participation p join unit u on u.id = p.unit_id
                  where p.campaign_id = ? and (?::bigint is null or u.agency_id = ?))
                group by status""", rs -> {
            pledges.put(rs.getString(1), rs.getLong(2));
        }, campaign, agency, agency);
        assertThat(d.pledges()).isEqualTo(pledges);

        long commended = fixtures.count("select count(*) from nomination n join unit u on u.id = n.unit_id "
                + "where n.status = 'COMMENDED' and n.year between 2021 and 2025 and (?::bigint is null or u.agency_id = ?)", agency, agency);
        assertThat(d.commendations().total()).isEqualTo(commended);
    }

    @Test
    void theFiguresAreThoseCountedInTheDatabase() {
        Fixtures.signIn(users, "staff");
        expectFiguresOf(null);
        assertThat(insight.dashboard(String.valueOf(campaign), period, null).orElseThrow().commendations().total()).isPositive();
        long agency = fixtures.agencyOf("rep1");
        expectFiguresOf(agency);
    }

    /** The figures are kept between views (DashboardFigures) but a change — audited — is counted on the next view. */
    @Test
    void keptFiguresGiveWayToAChangeAtOnce() {
        String running = String.valueOf(fixtures.runningCampaignId());
        long periodOfReport = fixtures.runningPeriod("ANNUAL", 2028);
        Fixtures.signIn(users, "staff");
        Dashboard before = insight.dashboard(running, periodOfReport, null).orElseThrow();
        assertThat(insight.dashboard(running, periodOfReport, null).orElseThrow().asOf()).isEqualTo(before.asOf());

        fixtures.report("Trường Tiểu học Mỹ Phong (kiểm thử)", 2, "ANNUAL", 2028, true, null);
        Fixtures.signIn(users, "staff");
        Dashboard after = insight.dashboard(running, periodOfReport, null).orElseThrow();
        assertThat(after.participation().total()).isEqualTo(before.participation().total() + 1);
        assertThat(after.total().handedIn()).isEqualTo(before.total().handedIn() + 1);
    }

    @Test
    void aRepresentativeSeesTheirOwnAgencyWhateverTheAddressAsks() throws Exception {
        long own = fixtures.agencyOf("rep1");
        long other = fixtures.agencyOf("rep2");
        assertThat(other).isNotEqualTo(own);
        Fixtures.signIn(users, "rep1");
        Dashboard d = insight.dashboard(String.valueOf(campaign), period, other).orElseThrow();
        assertThat(d.agency().getId()).isEqualTo(own);
        expectFiguresOf(own);

        String otherUnit = fixtures.jdbc().queryForObject("select min(u.name) from participation p join unit u on u.id = p.unit_id "
                + "where p.campaign_id = ? and u.agency_id = ?", String.class, campaign, other);
        String ownUnit = fixtures.jdbc().queryForObject("select min(u.name) from participation p join unit u on u.id = p.unit_id "
                + "where p.campaign_id = ? and u.agency_id = ?", String.class, campaign, own);
        String page = mvc.perform(get("/dashboard/units").param("campaign", String.valueOf(campaign))
                        .param("agency", String.valueOf(other)).with(user(users.loadUserByUsername("rep1"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(org.springframework.web.util.HtmlUtils.htmlEscape(ownUnit)).doesNotContain(otherUnit);
    }

    @Test
    void theDashboardTakesAtMostEightStatementsForStaffAndForARepresentative() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (String who : new String[] {"staff", "rep1"}) {
            var signedIn = user(users.loadUserByUsername(who));
            statistics.clear();
            MockHttpServletResponse response = mvc.perform(get("/dashboard").param("campaign", String.valueOf(campaign))
                    .param("period", String.valueOf(period)).with(signedIn)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("chart-participation").contains("dashboard-data");
            // campaigns, the campaign's periods, the agency (a representative's), the latest audit record's id, then
            // — unless kept since nothing changed — the period's lines, the participation, the pledges and the commendations
            assertThat(statistics.getPrepareStatementCount()).as(who).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void theUnitsBehindTheFiguresComeAPageAtATimeInAHandfulOfStatements() throws Exception {
        long takingPart = fixtures.count("select count(*) from participation where campaign_id = ?", campaign);
        assertThat(takingPart).isGreaterThan(50);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        String first = mvc.perform(get("/dashboard/units").param("campaign", String.valueOf(campaign))
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse().getContentAsString();
        // campaigns, the campaign's periods, the agencies, the page with its total in one statement: a handful, the
        // budget of a list page (5), whatever the number of units
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(5);
        assertThat(first).contains("Tìm thấy " + takingPart + " kết quả").contains("Trang 1/");
        assertThat(first.split("<tr>").length - 2).isEqualTo(50);
        String last = mvc.perform(get("/dashboard/units").param("campaign", String.valueOf(campaign)).param("page", "1")
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse().getContentAsString();
        assertThat(last).contains("Trang 2/");
    }

    /**
     * The units behind the figures are listed by content area, agency name and unit name — all of them, and those
     * whose report for a period is missing — as a query of the test's own orders them, a page at a time.
     */
    @Test
    void theUnitsBehindTheFiguresAreListedByAreaAgencyAndUnit() {
        Fixtures.signIn(users, "staff");
        String ordered = """
                select u.id from participation p join unit u on u.id = p.unit_id join agency a on a.id = u.agency_id
                join content_area ca on ca.id = p.content_area_id
                where p.campaign_id = ? and (? = false or (not exists (select 1 from report r where r.unit_id = u.id
                    and r.period_id = ? and r.status <> 'DRAFT')
                    and (u.withdrawn_at is null or u.withdrawn_at::date >= (select due_on from reporting_period where id = ?))))
                order by ca.number, a.name, a.id, u.name, u.id offset ? limit 20""";
        for (boolean missing : new boolean[] {false, true}) {
            for (int page : new int[] {0, 1}) {
                List<Long> expected = fixtures.jdbc().queryForList(ordered, Long.class, campaign, missing, period, period, page * 20);
                List<Long> shown = insight.takingPart(String.valueOf(campaign), null, null, period, missing, null,
                        PageRequest.of(page, 20)).orElseThrow().units().getContent().stream().map(InsightQueries.TakingPart::unitId).toList();
                assertThat(expected).as("missing " + missing + ", page " + page).hasSize(20);
                assertThat(shown).as("missing " + missing + ", page " + page).isEqualTo(expected);
            }
        }
    }

    @Test
    void theConsolidatedReportOpensAsAWorkbookAndAsAPdfWithTheSameTotals() throws Exception {
        Fixtures.signIn(users, "staff");
        PeriodLine total = insight.consolidated(period).total();
        long participants = fixtures.count("select count(*) from (" + PARTICIPANTS + ") x", campaign, period, null, null);
        assertThat(total.units()).isEqualTo(participants);

        MockHttpServletResponse excel = mvc.perform(get("/dashboard/consolidated.xlsx").param("period", String.valueOf(period))
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        assertThat(excel.getStatus()).isEqualTo(200);
        assertThat(excel.getHeader("Content-Disposition")).contains("bao-cao-tong-hop-2024-annual.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BÁO CÁO TỔNG HỢP");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat((long) last.getCell(1).getNumericCellValue()).isEqualTo(participants);
            assertThat((long) last.getCell(3).getNumericCellValue()).isEqualTo(total.onTime());
            assertThat((long) last.getCell(4).getNumericCellValue()).isEqualTo(total.late());
            assertThat((long) last.getCell(5).getNumericCellValue()).isEqualTo(total.missing());
            // the agencies' lines under each area add up to the area's line, and the areas to the total
            long areaUnits = 0;
            long agencyUnits = 0;
            for (int r = 6; r < sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                long units = (long) row.getCell(1).getNumericCellValue();
                if (row.getCell(0).getStringCellValue().startsWith("    ")) {
                    agencyUnits += units;
                } else {
                    areaUnits += units;
                }
            }
            assertThat(areaUnits).isEqualTo(participants).isEqualTo(agencyUnits);
        }

        MockHttpServletResponse pdf = mvc.perform(get("/dashboard/consolidated.pdf").param("period", String.valueOf(period))
                .param("lang", "en").with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CONSOLIDATED REPORT").contains("Annual report 2024").contains("Total");
            String totalLine = text.lines().filter(l -> l.startsWith("Total")).findFirst().orElseThrow();
            assertThat(totalLine).startsWith("Total " + participants + " " + total.pledges() + " " + total.onTime() + " "
                    + total.late() + " " + total.missing());
        }
    }

    @Test
    void theConsolidatedReportOfAPastPeriodNamesAgenciesAsItsRecordsDo() {
        Fixtures.signIn(users, "staff");
        var handedIn = fixtures.jdbc().queryForMap("""
                select u.agency_id, r.agency_name from report r join unit u on u.id = r.unit_id
                where r.period_id = ? and r.status <> 'DRAFT' and r.agency_name is not null order by r.id limit 1""", period);
        fixtures.jdbc().update("update agency set name = 'Tên cơ quan đặt sau kỳ báo cáo (kiểm thử)' where id = ?",
                handedIn.get("agency_id"));
        fixtures.clear();
        InsightService.Consolidated report = insight.consolidated(period);
        assertThat(report.lines()).extracting(PeriodLine::agencyName).contains((String) handedIn.get("agency_name"));
        long underTheNewName = report.lines().stream().filter(l -> "Tên cơ quan đặt sau kỳ báo cáo (kiểm thử)".equals(l.agencyName()))
                .mapToLong(PeriodLine::onTime).sum() + report.lines().stream()
                .filter(l -> "Tên cơ quan đặt sau kỳ báo cáo (kiểm thử)".equals(l.agencyName())).mapToLong(PeriodLine::late).sum();
        assertThat(underTheNewName).as("what was handed in stands under the name it was handed in with").isZero();
        assertThat(PeriodLine.total(report.lines()).units()).isEqualTo(report.total().units());
    }

    @Test
    void wrongAddressesGetTheirPagesNotErrors() throws Exception {
        var staff = user(users.loadUserByUsername("staff"));
        long pledgeWindow = fixtures.count("select min(id) from reporting_period where kind = 'PLEDGE'");
        assertThat(mvc.perform(get("/dashboard/consolidated.xlsx").param("period", String.valueOf(pledgeWindow)).with(staff))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/dashboard/consolidated.pdf").param("period", "999999").with(staff))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/dashboard/consolidated.pdf").param("period", "abc").with(staff))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        MockHttpServletResponse unknownPeriod = mvc.perform(get("/dashboard").param("campaign", String.valueOf(campaign))
                .param("period", "999999").with(staff)).andReturn().getResponse();
        assertThat(unknownPeriod.getStatus()).isEqualTo(200);
        MockHttpServletResponse junkKind = mvc.perform(get("/dashboard/units").param("kind", "<script>")
                .param("campaign", "x").with(staff)).andReturn().getResponse();
        assertThat(junkKind.getStatus()).isEqualTo(200);
        assertThat(junkKind.getContentAsString()).doesNotContain("<script>");
    }
}
