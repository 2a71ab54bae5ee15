package vn.mttq.thidua.web;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.thidua.ScratchDatabase;
import vn.mttq.thidua.demo.ProvinceDataset;
import vn.mttq.thidua.shared.Paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The SQL budget of the pages the benchmark measures, and of the other lists, on a generated dataset (a twentieth of
 * a province: some 160 units, 1,000 reports, 250 nominations, 10,000 audit records) in a database of its own — large
 * enough that a statement per row would show. A page may run at most 5 statements, the dashboard 8 and the honor roll
 * 6 (both kept until something changes, read anew after the latest audit record's id), and a second page of a list
 * no more than its first.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StatementBudgetTest {

    private static final ScratchDatabase DATABASE = new ScratchDatabase("thidua_test_budget");
    private static final Pattern ROW = Pattern.compile("<tr>");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private ProvinceDataset dataset;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        DATABASE.createFor(registry);
    }

    @BeforeAll
    void generate() {
        Map<String, Long> rows = dataset.generate(0.05, 11);
        assertThat(rows.get("unit")).isGreaterThan(120);
        assertThat(rows.get("report")).isGreaterThan(700);
        assertThat(rows.get("nomination")).isGreaterThan(250);
        assertThat(rows.get("audit_record")).isGreaterThan(10_000);
    }

    @AfterAll
    void drop() throws SQLException {
        DATABASE.drop();
    }

    @Test
    void eachPageRunsAHandfulOfStatementsOnAGeneratedProvince() throws Exception {
        UserDetails staff = users.loadUserByUsername("staff");
        String rep = jdbc.queryForObject("select min(username) from account where username like 'dv1-%'", String.class);
        long repAgency = jdbc.queryForObject("select agency_id from account where username = ?", Long.class, rep);
        long firstCampaign = jdbc.queryForObject("select min(id) from campaign", Long.class);
        String busiestRanking = jdbc.queryForObject("select 'period=' || period_id || '&area=' || content_area_id from report "
                + "where status = 'ACCEPTED' group by period_id, content_area_id order by count(*) desc limit 1", String.class);
        Map<String, Long> budget = new LinkedHashMap<>();
        budget.put("/reports?campaign=all&status=ACCEPTED", 5L);
        budget.put("/reports?campaign=all&page=3", 5L);
        budget.put("/pledges?campaign=all", 5L);
        budget.put("/pledges?campaign=all&page=2", 5L);
        budget.put("/nominations?campaign=all", 5L);
        budget.put("/nominations?campaign=all&page=2", 5L);
        budget.put("/decisions", 5L);
        budget.put("/agencies", 5L);
        budget.put("/audit", 5L);
        budget.put("/audit?page=4", 5L);
        budget.put("/dashboard", 8L);
        budget.put("/dashboard?campaign=" + firstCampaign, 8L);
        budget.put("/dashboard/units?campaign=" + firstCampaign, 5L);
        budget.put("/rankings?" + busiestRanking, 5L);
        Map<String, Long> counted = new LinkedHashMap<>();
        for (Map.Entry<String, Long> page : budget.entrySet()) {
            counted.put(page.getKey(), statements(page.getKey(), staff, 10));
        }
        counted.put("/agencies/" + repAgency + " (its representative)",
                statements("/agencies/" + repAgency, users.loadUserByUsername(rep), 3));
        counted.put("/honor-roll (anonymous)", statements("/honor-roll", null, 20));
        counted.put("/honor-roll?page=2 (anonymous)", statements("/honor-roll?page=2", null, 20));
        counted.put("/login (anonymous)", statements("/login", null, 0));
        counted.put("/honor-roll again (anonymous)", statements("/honor-roll", null, 20));
        // the dashboard 8; the honor roll, kept until something changes, 6 when read anew (the latest audit record's
        // id, then 5) and 1 when kept
        counted.forEach((page, count) -> assertThat(count).as(page + " runs " + count + " statements")
                .isLessThanOrEqualTo(page.startsWith("/dashboard?") || page.equals("/dashboard") ? 8
                        : page.startsWith("/honor-roll") ? 6 : 5));
        assertThat(counted.get("/honor-roll again (anonymous)")).isEqualTo(1);
        assertThat(counted.get("/reports?campaign=all&page=3")).isLessThanOrEqualTo(counted.get("/reports?campaign=all&status=ACCEPTED"));
        assertThat(counted.get("/nominations?campaign=all&page=2")).isEqualTo(counted.get("/nominations?campaign=all"));
        assertThat(counted.get("/honor-roll?page=2 (anonymous)")).isEqualTo(counted.get("/honor-roll (anonymous)"));
    }

    /**
     * A list counts up to 1,000 and says "more than" beyond; below that it gives the number the database has. Its
     * pager ends on the page holding the row past the limit, however far the address asks to go.
     */
    @Test
    void aListCountsUpToAThousandAndSaysMoreBeyond() throws Exception {
        long records = jdbc.queryForObject("select count(*) from audit_record", Long.class);
        assertThat(records).isGreaterThan(Paging.COUNT_LIMIT);
        UserDetails admin = users.loadUserByUsername("admin");
        String trail = mvc.perform(get("/audit").with(user(admin))).andReturn().getResponse().getContentAsString();
        assertThat(trail).contains("Tìm thấy hơn 1.000 kết quả").contains("Trang 1 · hơn 1.000 mục")
                .contains("href=\"/audit?page=1\"").doesNotContain("Tìm thấy " + records);
        String farthest = mvc.perform(get("/audit?page=99999").with(user(admin))).andReturn().getResponse().getContentAsString();
        assertThat(farthest).contains("Trang 21 · hơn 1.000 mục").doesNotContain("page=21").contains("href=\"/audit?page=19\"");
        assertThat(ROW.matcher(farthest).results().count()).as("a page of 50 from the row past the limit, and the head").isEqualTo(51);

        long submitted = jdbc.queryForObject("select count(*) from report where status = 'SUBMITTED'", Long.class);
        assertThat(submitted).isBetween(1L, (long) Paging.COUNT_LIMIT);
        String reports = mvc.perform(get("/reports?campaign=all&status=SUBMITTED").with(user(users.loadUserByUsername("staff"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(reports).contains("Tìm thấy " + String.format("%,d", submitted).replace(',', '.') + " kết quả")
                .doesNotContain("hơn 1.000");
    }

    /**
     * The report list of one period and one state reads its page from the period's and state's index (V33), planned
     * as for data in memory (random_page_cost 1.1 on the application's connections): with a disk's cost PostgreSQL
     * walked the state's index past every report of later periods (1.3 s at the country, src/bench/RESULTS.md).
     */
    @Test
    void aPeriodsReportsOfOneStateAreReadFromTheirIndex() {
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        long period = jdbc.queryForObject("select min(period_id) from report where status = 'ACCEPTED'", Long.class);
        String plan = String.join("\n", jdbc.queryForList("explain select r.id, coalesce(r.unit_name, u.name), "
                + "coalesce(r.agency_name, a.name), p.name, r.status, r.late, r.submitted_at, r.total_score from report r "
                + "join unit u on u.id = r.unit_id join agency a on a.id = u.agency_id join reporting_period p on p.id = r.period_id "
                + "where r.period_id in (?) and r.status = 'ACCEPTED' order by r.submitted_at desc nulls last, r.id desc limit 20",
                String.class, period));
        assertThat(plan).contains("report_period_status_list_ix");
    }

    /** The pledge list shows a year's latest handed in first and drafts last: the order of its index (V24). */
    @Test
    void thePledgeListShowsAYearsLatestHandedInFirst() throws Exception {
        List<Long> expected = jdbc.queryForList("select id from pledge order by year desc, submitted_at desc nulls last, id desc "
                + "offset 20 limit 20", Long.class);
        String page = mvc.perform(get("/pledges?campaign=all&page=1").with(user(users.loadUserByUsername("staff"))))
                .andReturn().getResponse().getContentAsString();
        List<Long> shown = Pattern.compile("href=\"/pledges/(\\d+)\"").matcher(page).results()
                .map(m -> Long.valueOf(m.group(1))).toList();
        assertThat(shown).hasSize(20).isEqualTo(expected);
    }

    /** Where a list stops counting and paging, its Excel export still holds every row (read until a page is short). */
    @Test
    void anExportHoldsEveryRowOfAListBeyondItsCount() throws Exception {
        long records = jdbc.queryForObject("select count(*) from audit_record", Long.class);
        assertThat(records).isGreaterThan(Paging.COUNT_LIMIT + 2 * ListExports.PAGE_SIZE);
        byte[] workbook = mvc.perform(get("/audit/export").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsByteArray();
        try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var sheet = excel.getSheetAt(0);
            // title, date, blank, header; the records; blank and how many
            assertThat(sheet.getLastRowNum() - 5).isEqualTo(records);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("Tìm thấy " + String.format("%,d", records).replace(',', '.') + " kết quả");
        }
    }

    /** The statements a page runs; it must answer 200 with at least {@code rows} table rows, so an N+1 would show. */
    private long statements(String path, UserDetails who, int rows) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var request = get(path);
        MockHttpServletResponse response = mvc.perform(who == null ? request : request.with(user(who))).andReturn().getResponse();
        long count = statistics.getPrepareStatementCount();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        Matcher matcher = ROW.matcher(response.getContentAsString());
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        assertThat(found).as(path + ": rows shown").isGreaterThanOrEqualTo(rows);
        return count;
    }
}
