package vn.mttq.thidua.web;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import jakarta.servlet.http.Cookie;
import org.springframework.web.util.HtmlUtils;
import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The pages as a browser gets them: languages, errors beside fields, error pages, and how many SQL statements. */
@ThiDuaTest
@Transactional
class PagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private UserDetails staff;

    @BeforeEach
    void setUp() {
        staff = users.loadUserByUsername("staff");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theLoginPageIsVietnameseByDefaultAndEnglishOnRequestRemembered() throws Exception {
        MockHttpServletResponse vi = send(get("/login"));
        assertThat(vi.getContentAsString()).contains("lang=\"vi\"").contains("Đăng nhập").contains("Mật khẩu");

        MockHttpServletResponse en = send(get("/login").param("lang", "en"));
        assertThat(en.getContentAsString()).contains("lang=\"en\"").contains("Sign in").doesNotContain("Mật khẩu");
        Cookie remembered = en.getCookie("thidua-lang");
        assertThat(remembered).isNotNull();
        assertThat(send(get("/login").cookie(remembered)).getContentAsString()).contains("Sign in");

        assertThat(send(get("/login").param("lang", "fr")).getContentAsString()).contains("Đăng nhập");
    }

    @Test
    void theCampaignPageShowsTheFiveContentAreasAndTheLegalBasis() throws Exception {
        String page = send(get("/campaigns/" + fixtures.campaignId()).with(user(staff))).getContentAsString();
        assertThat(page).contains("Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế")
                .contains("15/ĐA-MTTW-BTT").contains("18/08/2017").contains("32/TT-MTTW-BTT").contains("16/04/2018")
                .contains("giai đoạn 2021 – 2025").contains("5 nội dung thi đua")
                .contains("Nâng cao hiệu quả, chất lượng công tác trong các cơ quan hệ thống chính trị")
                .contains("Nâng cao năng suất lao động ở các doanh nghiệp")
                .contains("trong các đơn vị sự nghiệp")
                .contains("trong lực lượng vũ trang")
                .contains("kiều bào hướng về xây dựng quê hương");
        String english = send(get("/campaigns/" + fixtures.campaignId()).param("lang", "en").with(user(staff))).getContentAsString();
        assertThat(english).contains("5 content areas").contains("Labour productivity in enterprises");
    }

    @Test
    void agencySearchWorksWithoutDiacriticsFiltersAndPages() throws Exception {
        String page = send(get("/agencies").param("q", "so y te").with(user(staff))).getContentAsString();
        assertThat(page).contains("Sở Y tế tỉnh Tiền Giang").doesNotContain("Sở Tư pháp");
        String byKind = send(get("/agencies").param("kind", "ARMED_FORCES").with(user(staff))).getContentAsString();
        assertThat(byKind).contains("Công an tỉnh Tiền Giang").contains("Tìm thấy 3 kết quả").doesNotContain("Sở Y tế");
        String second = send(get("/agencies").param("page", "1").with(user(staff))).getContentAsString();
        assertThat(second).contains("Trang 2/3");
        assertThat(send(get("/agencies").param("kind", "NOPE").param("page", "-4").with(user(staff))).getStatus()).isEqualTo(200);
    }

    @Test
    void aFormWithErrorsSaysWhyBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
        MockHttpServletResponse response = send(post("/agencies").with(user(staff)).with(csrf())
                .param("name", "").param("shortName", "Giữ lại tên viết tắt").param("email", "not-an-email")
                .param("kind", ""));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(response.getContentAsString()))
                .contains("Không được để trống.").contains("Địa chỉ thư điện tử không hợp lệ.")
                .contains("value=\"Giữ lại tên viết tắt\"").contains("value=\"not-an-email\"")
                .contains("id=\"name-error\"").contains("aria-invalid=\"true\"");
    }

    @Test
    void aDuplicateAgencyNameIsAFieldError() throws Exception {
        MockHttpServletResponse response = send(post("/agencies").with(user(staff)).with(csrf())
                .param("name", "sở y tế tỉnh tiền giang").param("kind", "DEPARTMENT"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Đã có cơ quan mang tên này.");
    }

    @Test
    void aBadDateIsExplainedAndKept() throws Exception {
        long period = fixtures.runningPeriod("ANNUAL", 2030);
        MockHttpServletResponse response = send(post("/periods/" + period).with(user(staff)).with(csrf())
                .param("opensOn", "31/02/2030").param("dueOn", "15/12/2030").param("closesOn", "15/01/2031")
                .param("version", String.valueOf(fixtures.versionOf("reporting_period", period))));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Ngày không hợp lệ").contains("value=\"31/02/2030\"");
        assertThat(send(post("/periods/" + period).with(user(staff)).with(csrf()).param("opensOn", "hôm qua")
                .param("dueOn", "").param("closesOn", "15/01/2031").param("version", "0")).getStatus()).isEqualTo(200);

        MockHttpServletResponse order = send(post("/periods/" + period).with(user(staff)).with(csrf())
                .param("opensOn", "15/12/2030").param("dueOn", "01/12/2030").param("closesOn", "15/01/2031")
                .param("version", String.valueOf(fixtures.versionOf("reporting_period", period))));
        assertThat(order.getContentAsString()).contains("Hạn nộp không được trước ngày mở.");
    }

    @Test
    void reschedulingAPeriodIsSavedAndAudited() throws Exception {
        long period = fixtures.runningPeriod("ANNUAL", 2030);
        long audits = fixtures.count("select count(*) from audit_record where entity_type = 'ReportingPeriod'");
        MockHttpServletResponse response = send(post("/periods/" + period).with(user(staff)).with(csrf())
                .param("opensOn", "10/11/2030").param("dueOn", "20/12/2030").param("closesOn", "20/01/2031")
                .param("version", String.valueOf(fixtures.versionOf("reporting_period", period))));
        assertThat(response.getRedirectedUrl()).isEqualTo("/periods");
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select due_on::text from reporting_period where id = ?", String.class, period))
                .isEqualTo("2030-12-20");
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'ReportingPeriod' and actor = 'staff'"
                + " and action = 'RESCHEDULE' and after_state like '%2030-12-20%'")).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'ReportingPeriod'")).isEqualTo(audits + 1);

        // a period of the closed 2021–2025 campaign stays as it was
        long closed = fixtures.periodId();
        String due = fixtures.jdbc().queryForObject("select due_on::text from reporting_period where id = ?", String.class, closed);
        MockHttpServletResponse refused = send(post("/periods/" + closed).with(user(staff)).with(csrf())
                .param("opensOn", "10/11/2021").param("dueOn", "20/12/2021").param("closesOn", "20/01/2022")
                .param("version", String.valueOf(fixtures.versionOf("reporting_period", closed))));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Phong trào đã kết thúc: chỉ còn xem được.");
        assertThat(fixtures.jdbc().queryForObject("select due_on::text from reporting_period where id = ?", String.class, closed))
                .isEqualTo(due);
    }

    @Test
    void aConcurrentEditGetsThe409PageWithWhatWasTyped() throws Exception {
        long agency = fixtures.agencyOf("rep1");
        long stale = fixtures.versionOf("agency", agency) - 1;
        MockHttpServletResponse response = send(post("/agencies/" + agency).with(user(staff)).with(csrf())
                .param("name", "Tên mới của tôi").param("kind", "DEPARTMENT").param("shortName", "").param("parentId", "")
                .param("clusterId", "").param("address", "").param("phone", "").param("email", "").param("contactPerson", "")
                .param("version", String.valueOf(stale)));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("Hồ sơ đã bị người khác thay đổi").contains("Tên mới của tôi");
    }

    @Test
    void missingRecordsAndUnknownPagesAre404InTheLayout() throws Exception {
        for (String path : new String[] {"/agencies/987654", "/agencies/abc", "/units/987654/edit", "/campaigns/987654",
                "/periods/987654/edit", "/no-such-page"}) {
            MockHttpServletResponse response = send(get(path).with(user(staff)));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
        }
        String page = send(get("/campaigns/987654").with(user(staff))).getContentAsString();
        assertThat(page).contains("Không tìm thấy").contains("app-header").doesNotContain("Exception");
    }

    @Test
    void staticFilesAreLinkedByTheirContentAndKeptAYear() throws Exception {
        String login = send(get("/login")).getContentAsString();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/assets/css/app-[0-9a-f]{32}\\.css)\"").matcher(login);
        assertThat(css.find()).as("the stylesheet's link carries its content's hash").isTrue();
        MockHttpServletResponse file = send(get(css.group(1)));
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsString()).contains(".app-header");
        assertThat(file.getHeader("Cache-Control")).contains("max-age=31536000");
        // a page's other links are not static files
        assertThat(login).contains("action=\"/login\"");
    }

    @Test
    void theAgencyFilterOffersOnlyTheAgencyChosen() throws Exception {
        long agency = fixtures.count("select agency_id from account where username = 'rep1'");
        String name = jdbcName(agency);
        String all = send(get("/reports").param("campaign", "all").with(user(staff))).getContentAsString();
        assertThat(all).doesNotContain("id=\"agency\"");
        for (String list : new String[] {"/reports", "/pledges", "/honor-roll"}) {
            String narrowed = send(get(list).param("campaign", "all").param("agency", String.valueOf(agency)).with(user(staff)))
                    .getContentAsString();
            assertThat(narrowed).as(list).contains("id=\"agency\"").containsPattern("<option value=\"" + agency + "\" selected=\"selected\">")
                    .contains(name);
            assertThat(narrowed.split("<option value=\"\\d+\"", -1).length - 1).as(list + ": options of the agency filter and others")
                    .isLessThan(40);
        }
        // the agency's page leads to its reports and pledges
        assertThat(send(get("/agencies/" + agency).with(user(staff))).getContentAsString())
                .contains("/reports?campaign=all&amp;agency=" + agency).contains("/pledges?campaign=all&amp;agency=" + agency);
    }

    private String jdbcName(long agency) {
        return fixtures.text("select name from agency where id = ?", agency);
    }

    /** The page itself (in the layout) is checked in a browser, where the error dispatch happens: JourneyTest. */
    @Test
    void aForbiddenPageIs403() throws Exception {
        assertThat(send(get("/admin/accounts").with(user(staff))).getStatus()).isEqualTo(403);
        assertThat(send(get("/audit").with(user(users.loadUserByUsername("rep1")))).getStatus()).isEqualTo(403);
    }

    @Test
    void theAgencyListRunsAHandfulOfStatementsWhateverItsSize() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        send(get("/agencies").with(user(staff)));
        long fullPage = statistics.getPrepareStatementCount();
        statistics.clear();
        send(get("/agencies").param("page", "1").with(user(staff)));
        long secondPage = statistics.getPrepareStatementCount();
        statistics.clear();
        send(get("/agencies").param("q", "so y te").with(user(staff)));
        long oneRow = statistics.getPrepareStatementCount();
        // the page, its count and the units per agency: three statements, whether 20 rows are shown or 1
        assertThat(fullPage).isEqualTo(3).isEqualTo(secondPage);
        assertThat(oneRow).isLessThanOrEqualTo(fullPage);
    }

    @Test
    void theReviewQueueAndThePledgeListRunAHandfulOfStatementsWhateverTheirSize() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long[] counts = new long[4];
        String[][] pages = {{"/reports", "0"}, {"/reports", "1"}, {"/pledges", "0"}, {"/pledges", "1"}};
        for (int i = 0; i < pages.length; i++) {
            statistics.clear();
            MockHttpServletResponse response = send(get(pages[i][0]).param("page", pages[i][1]).param("campaign", "all")
                    .with(user(staff)));
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("Trang " + (Integer.parseInt(pages[i][1]) + 1) + "/");
            counts[i] = statistics.getPrepareStatementCount();
        }
        // the page, its count, and the choices of the filters (campaigns, periods or campaign years, content areas); the
        // agency filter offers only the agency chosen, so it reads none here
        assertThat(counts[0]).isEqualTo(5).isEqualTo(counts[1]);
        assertThat(counts[2]).isEqualTo(4).isEqualTo(counts[3]);
    }

    @Test
    void theHomePageReadsThePeriodsOnce() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(send(get("/").with(user(users.loadUserByUsername("rep1")))).getStatus()).isEqualTo(200);
        // campaigns, periods (once, for the windows, the periods shown and the reports due), agency, units,
        // reports, reopenings, returned pledges and what they need, the units' participations
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(10);
    }

    @Test
    void theRankingOpensOnAPeriodAndAContentAreaOfTheSameCampaign() throws Exception {
        String ranking = HtmlUtils.htmlUnescape(send(get("/rankings").with(user(staff))).getContentAsString());
        assertThat(ranking).contains("Báo cáo năm 2021").containsPattern("<a href=\"/reports/\\d+\">");
    }

    @Test
    void aDefaultListReadsTheCampaignsOnce() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        send(get("/reports").with(user(staff)));
        long byDefault = statistics.getPrepareStatementCount();
        statistics.clear();
        send(get("/reports").param("campaign", "all").with(user(staff)));
        assertThat(byDefault).as("the current campaign is found among those the page reads anyway")
                .isLessThanOrEqualTo(statistics.getPrepareStatementCount());
    }

    @Test
    void listsShowTheCurrentCampaignUnlessAnotherIsChosen() throws Exception {
        String current = HtmlUtils.htmlUnescape(send(get("/pledges").with(user(staff))).getContentAsString());
        assertThat(current).contains("Phong trào “Đoàn kết sáng tạo” 2026–2030");
        assertThat(fixtures.count("select count(*) from pledge where year = 2026")).isPositive();
        assertThat(current).containsPattern("<td>2026</td>").doesNotContainPattern("<td>202[1-5]</td>");
        String all = HtmlUtils.htmlUnescape(send(get("/pledges").param("campaign", "all").param("year", "2024")
                .with(user(staff))).getContentAsString());
        assertThat(all).contains("Mọi phong trào").contains("<td>2024</td>");
        String reports = HtmlUtils.htmlUnescape(send(get("/reports").param("campaign", String.valueOf(fixtures.campaignId()))
                .with(user(staff))).getContentAsString());
        assertThat(reports).contains("Phong trào “Đoàn kết sáng tạo” 2021–2025").contains("Báo cáo năm 2024");
    }

    @Test
    void theNominationListAndTheHonorRollRunAFixedNumberOfStatements() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(send(get("/nominations").with(user(staff))).getStatus()).isEqualTo(200);
        // the campaigns, the page (and its count when there is more than a page), the forms of the filter
        assertThat(statistics.getPrepareStatementCount()).isBetween(3L, 4L);
        statistics.clear();
        assertThat(send(get("/honor-roll").param("year", "2023").param("page", "1")).getStatus()).isEqualTo(200);
        // read anew (no other test asks for these filters): the latest audit record's id, the years commended, the
        // campaigns, a page of awardees with their number, the latest exemplary initiatives, content areas — whatever
        // the number of awardees
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(6L);
        statistics.clear();
        send(get("/honor-roll").param("year", "2023").param("page", "1"));
        // and again with nothing changed since: the latest audit record's id alone
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1L);
    }

    @Test
    void aCouncilSessionAndANominationAreEachReadOnce() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long session = fixtures.count("select min(id) from council_session");
        statistics.clear();
        MockHttpServletResponse council = send(get("/council-sessions/" + session).with(user(staff)));
        assertThat(council.getStatus()).isEqualTo(200);
        long councilStatements = statistics.getPrepareStatementCount();
        long nomination = fixtures.count("select min(n.id) from nomination n join nomination_report r on r.nomination_id = n.id");
        statistics.clear();
        assertThat(send(get("/nominations/" + nomination).with(user(staff))).getStatus()).isEqualTo(200);
        long nominationStatements = statistics.getPrepareStatementCount();
        // the session, members, nominees, votes, tallies, and the nominations awaiting a council
        assertThat(councilStatements).isLessThanOrEqualTo(6);
        // the nomination, its reports and their periods, the dossier, the nominee's history, the form's conditions
        // and the nominee's titles of the years they look at (the appraisal page's budget: 8)
        assertThat(nominationStatements).isLessThanOrEqualTo(7);
    }

    @Test
    void aNominationWithAnUnknownFormIsAFieldErrorThatKeepsWhatWasTyped() throws Exception {
        MockHttpServletResponse response = send(post("/nominations").with(user(users.loadUserByUsername("rep1"))).with(csrf())
                .param("unitId", String.valueOf(fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1"))))
                .param("nomineeType", "COLLECTIVE").param("year", "2025").param("formId", "987654")
                .param("achievements", "Thành tích đã gõ"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(response.getContentAsString())).contains("id=\"formId-error\"")
                .contains("Thành tích đã gõ");
    }

    @Test
    void theHomePageShowsEachRoleItsWork() throws Exception {
        String rep = send(get("/").with(user(users.loadUserByUsername("rep1")))).getContentAsString();
        assertThat(rep).contains("Sở Giáo dục và Đào tạo tỉnh Tiền Giang").contains("Trường THPT chuyên Tiền Giang");
        assertThat(rep).as("nothing of the closed 2021–2025 campaign is due or to fix any more")
                .doesNotContain("Báo cáo năm 2025 của").doesNotContain("Quá hạn").doesNotContain("Báo cáo năm 2024");
        long notRegistered = fixtures.count("select count(*) from unit u where u.agency_id = ? and u.status = 'ACTIVE' and not exists "
                + "(select 1 from participation p where p.unit_id = u.id and p.campaign_id = ?)", fixtures.agencyOf("rep1"),
                fixtures.runningCampaignId());
        String unregistered = notRegistered + " đơn vị chưa đăng ký tham gia phong trào “Đoàn kết sáng tạo” 2026–2030.";
        if (notRegistered > 0) {
            assertThat(HtmlUtils.htmlUnescape(rep)).contains(unregistered);
        } else {
            assertThat(HtmlUtils.htmlUnescape(rep)).doesNotContain("chưa đăng ký tham gia phong trào");
        }
        assertThat(HtmlUtils.htmlUnescape(rep)).as("the pledge window open today, and what to do in it")
                .contains("Đăng ký thi đua năm 2026").contains("Đăng ký đơn vị tham gia");
        String staffHome = send(get("/").with(user(staff))).getContentAsString();
        assertThat(staffHome).contains("cơ quan tham gia").contains("Dữ liệu minh họa").contains("bản đăng ký thi đua chờ duyệt");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(send(request).getContentAsString());
    }

    @Test
    void theHomePageNominationsAndHonorRollShowTheCurrentCampaignAndCanBeSwitched() throws Exception {
        long running = fixtures.runningCampaignId();
        long first = fixtures.campaignId();
        String runningLine = "Phong trào “Đoàn kết sáng tạo” 2026–2030";
        String firstLine = "Phong trào “Đoàn kết sáng tạo” 2021–2025";

        // nominations: the year-end round of 2026 by default, the earlier ones in their campaign, or all
        long ofRunning = fixtures.count("select count(*) from nomination where year between 2026 and 2030");
        long ofFirst = fixtures.count("select count(*) from nomination where year between 2021 and 2025");
        assertThat(ofRunning).isPositive();
        assertThat(html(get("/nominations").with(user(staff)))).contains(runningLine).contains("Tìm thấy " + ofRunning + " kết quả");
        assertThat(html(get("/nominations").param("campaign", String.valueOf(first)).with(user(staff))))
                .contains(firstLine).contains("Tìm thấy " + ofFirst + " kết quả");
        assertThat(html(get("/nominations").param("campaign", "all").with(user(staff))))
                .contains("Mọi phong trào").contains("Tìm thấy " + (ofRunning + ofFirst) + " kết quả");

        // the honor roll opens on the newest campaign with published commendations: 2021–2025, with its decisions
        String honor = html(get("/honor-roll"));
        assertThat(honor).contains(firstLine).doesNotContain("Không tìm thấy kết quả nào.")
                .contains(fixtures.jdbc().queryForObject("select min(code) from decision where status = 'PUBLISHED'", String.class));
        String runningHonor = html(get("/honor-roll").param("campaign", String.valueOf(running)));
        assertThat(runningHonor).contains(runningLine).contains("Không tìm thấy kết quả nào.")
                .as("exemplary models of the 2021–2025 reports are not shown under 2026–2030").doesNotContain("Báo cáo năm 2024");
        assertThat(honor).as("they are under 2021–2025").contains("Báo cáo năm 2024");

        // staff's home page counts what awaits review in the campaign shown, and links to it
        long pledgesOfRunning = fixtures.count("select count(*) from pledge where status = 'SUBMITTED' and year between 2026 and 2030");
        long unitsOfRunning = fixtures.count("select count(*) from participation p join unit u on u.id = p.unit_id "
                + "where p.campaign_id = ? and u.status = 'ACTIVE'", running);
        String home = html(get("/").with(user(staff)));
        assertThat(home).contains("Phong trào đang xem").containsPattern("value=\"" + running + "\"\\s+selected")
                .contains(pledgesOfRunning + " bản đăng ký thi đua chờ duyệt.")
                .contains("/pledges?status=SUBMITTED&campaign=" + running)
                .containsPattern("card-stat\">" + unitsOfRunning + "<")
                .as("agencies merged, split or dissolved are not counted as taking part")
                .containsPattern("card-stat\">" + fixtures.count("select count(*) from agency where status = 'ACTIVE'") + "<");
        // the first campaign was closed over what awaited review (marked not reviewed): put three back, as a reopening would
        fixtures.jdbc().update("update report set status = 'SUBMITTED' where id in (select r.id from report r join reporting_period p "
                + "on p.id = r.period_id where r.status = 'NOT_REVIEWED' and p.campaign_id = ? order by r.id limit 3)", first);
        long reportsOfFirst = fixtures.count("select count(*) from report r join reporting_period p on p.id = r.period_id "
                + "where r.status = 'SUBMITTED' and p.campaign_id = ?", first);
        assertThat(reportsOfFirst).isEqualTo(3);
        assertThat(html(get("/").param("campaign", String.valueOf(first)).with(user(staff))))
                .containsPattern("value=\"" + first + "\"\\s+selected")
                .contains(reportsOfFirst + " báo cáo chờ chấm điểm, duyệt.");

        // a representative sees each unit's content area in the campaign shown
        assertThat(html(get("/").with(user(users.loadUserByUsername("rep1"))))).contains("Nội dung thi đua 2026–2030");
        assertThat(html(get("/").param("campaign", String.valueOf(first)).with(user(users.loadUserByUsername("rep1")))))
                .contains("Nội dung thi đua 2021–2025").contains("3. ");
    }

    @Test
    void theUnitFormOffersTheContentAreasOfTheCampaignsNotClosed() throws Exception {
        String form = html(get("/agencies/" + fixtures.agencyOf("rep1") + "/units/new").with(user(users.loadUserByUsername("rep1"))));
        assertThat(form).contains("<optgroup label=\"Đoàn kết sáng tạo 2026–2030\">")
                .doesNotContain("<optgroup label=\"Đoàn kết sáng tạo 2021–2025\">")
                .contains("value=\"" + fixtures.runningArea(3) + "\"");
    }

    @Test
    void councilSessionsFilterByTheirStatus() throws Exception {
        String open = html(get("/council-sessions").param("status", "OPEN").with(user(staff)));
        String closed = html(get("/council-sessions").param("status", "CLOSED").with(user(staff)));
        String anything = html(get("/council-sessions").param("status", "BIEN_MAT").with(user(staff)));
        String demo = "Phiên họp Hội đồng Thi đua - Khen thưởng cuối năm 2026";
        assertThat(open).contains(demo);
        assertThat(closed).doesNotContain(demo);
        assertThat(anything).as("an unknown status filters nothing").contains(demo);
    }
}
