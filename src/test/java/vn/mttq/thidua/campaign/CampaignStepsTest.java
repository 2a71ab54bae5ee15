package vn.mttq.thidua.campaign;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Steps of a campaign's life that cannot be undone go through a confirmation page that says in numbers what they will
 * do; the rules hold back a final review before its period and a close over work awaiting review (an admin may go
 * ahead, with a reason, and what waited is marked as not reviewed); an admin reopens a campaign closed by mistake
 * and everything is as it was. Run on the demo's running campaign (2026–2030, launched this year, its 2026 pledges
 * handed in and awaiting review).
 */
@ThiDuaTest
@Transactional
class CampaignStepsTest {

    /** The columns of a pledge that its campaign's close and reopening must give back as they were. */
    private static final String PLEDGES = """
            select id, unit_id, year, status, submitted_at, return_reason, reviewed_by, reviewed_at, late, title_aimed
            from pledge where year between 2026 and 2030 order by id""";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private long running;
    private UserDetails staff;
    private UserDetails admin;

    @BeforeEach
    void setUp() {
        running = fixtures.runningCampaignId();
        staff = users.loadUserByUsername("staff");
        admin = users.loadUserByUsername("admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String page(UserDetails who, String to) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/campaigns/" + running + "/step").param("to", to)
                .with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private static String seal(String page) {
        return Fixtures.sealOf(page);
    }

    private MockHttpServletResponse postStep(UserDetails who, String to, String confirmation, String reason) throws Exception {
        var request = post("/campaigns/" + running + "/step")
                .with(user(who)).with(csrf()).param("to", to)
                .param("version", String.valueOf(fixtures.versionOf("campaign", running)));
        if (confirmation != null) {
            request.param("confirmation", confirmation);
        }
        if (reason != null) {
            request.param("reason", reason);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        fixtures.flush();
        return response;
    }

    private String status() {
        return fixtures.text("select status from campaign where id = ?", running);
    }

    private long audited() {
        return fixtures.count("select count(*) from audit_record where entity_type = 'Campaign' and entity_id = ?", running);
    }

    private long figure(String page, String words) {
        Matcher matcher = Pattern.compile(Pattern.quote(words) + "</th>\\s*<td[^>]*>([0-9.]+)</td>").matcher(page);
        assertThat(matcher.find()).as("the figure " + words).isTrue();
        return Long.parseLong(matcher.group(1).replace(".", ""));
    }

    @Test
    void theDemosTwoClicksAreRefusedTheFinalReviewWaitsForItsPeriod() throws Exception {
        String before = status();
        long audit = audited();
        String page = page(staff, "FINAL_REVIEW");
        assertThat(page).contains("Chuyển phong trào sang tổng kết?")
                .contains("Kỳ tổng kết của phong trào mở ngày").contains("Chỉ quản trị viên")
                .doesNotContain("name=\"confirmation\"");

        String seal = seal(page(admin, "FINAL_REVIEW"));
        String refused = HtmlUtils.htmlUnescape(postStep(staff, "FINAL_REVIEW", seal, null).getContentAsString());
        assertThat(refused).contains("Kỳ tổng kết của phong trào mở ngày");
        assertThat(status()).isEqualTo(before).isEqualTo("LAUNCHED");
        assertThat(audited()).isEqualTo(audit);

        // and the campaign's page offers the steps as links to their confirmation, not as buttons that act at once
        String show = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/" + running).with(user(staff)))
                .andReturn().getResponse().getContentAsString());
        assertThat(show).contains("/campaigns/" + running + "/step?to=FINAL_REVIEW").contains("Đã phát động: các đơn vị")
                .doesNotContain("action=\"/campaigns/" + running + "/step\"");
    }

    @Test
    void theConfirmationPageCountsAreThoseOfTheDatabase() throws Exception {
        String page = page(admin, "FINAL_REVIEW");
        assertThat(figure(page, "Bản đăng ký đã nộp, chờ duyệt")).isEqualTo(fixtures.count(
                "select count(*) from pledge where year between 2026 and 2030 and status = 'SUBMITTED'")).isPositive();
        assertThat(figure(page, "Bản đăng ký còn là bản nháp hoặc bị trả lại")).isEqualTo(fixtures.count(
                "select count(*) from pledge where year between 2026 and 2030 and status in ('DRAFT', 'RETURNED')")).isPositive();
        assertThat(figure(page, "Báo cáo đã nộp, chờ duyệt")).isEqualTo(fixtures.count("""
                select count(*) from report r join reporting_period p on p.id = r.period_id
                where p.campaign_id = ? and r.status = 'SUBMITTED'""", running));
        assertThat(figure(page, "Đơn vị đang tham gia")).isEqualTo(fixtures.count("""
                select count(*) from participation pp join unit u on u.id = pp.unit_id
                where pp.campaign_id = ? and u.status = 'ACTIVE'""", running)).isPositive();
        assertThat(figure(page, "Kỳ đang mở (kể cả đang nhận nộp muộn)")).isEqualTo(fixtures.count("""
                select count(*) from reporting_period where campaign_id = ? and current_date between opens_on and closes_on""",
                running)).isPositive();
        assertThat(figure(page, "Kỳ chưa đến")).isEqualTo(fixtures.count(
                "select count(*) from reporting_period where campaign_id = ? and opens_on > current_date", running)).isPositive();
        assertThat(figure(page, "Hồ sơ đề nghị khen thưởng đang xét")).isEqualTo(fixtures.count("""
                select count(*) from nomination where year between 2026 and 2030
                and status not in ('FAILED', 'REJECTED', 'COMMENDED', 'FORWARDED')"""));
    }

    @Test
    void aPostThatSkipsTheConfirmationOrFollowsAnOldOneChangesNothing() throws Exception {
        long audit = audited();
        String skipped = HtmlUtils.htmlUnescape(postStep(admin, "FINAL_REVIEW", null, "Tổng kết sớm").getContentAsString());
        assertThat(skipped).contains("Bước này cần được xác nhận trên trang xác nhận");
        assertThat(skipped).contains("Tổng kết sớm");
        assertThat(status()).isEqualTo("LAUNCHED");

        String seal = seal(page(admin, "FINAL_REVIEW"));
        // meanwhile a representative's pledge is handed in: the figures the admin saw have moved
        fixtures.jdbc().update("update pledge set status = 'SUBMITTED', submitted_at = now() where id = "
                + "(select min(id) from pledge where year = 2026 and status = 'DRAFT')");
        String stale = HtmlUtils.htmlUnescape(postStep(admin, "FINAL_REVIEW", seal, "Tổng kết sớm").getContentAsString());
        assertThat(stale).contains("Số liệu đã thay đổi từ khi trang xác nhận được mở").contains("Tổng kết sớm");
        assertThat(status()).isEqualTo("LAUNCHED");
        assertThat(audited()).isEqualTo(audit);
    }

    @Test
    void anAdminsStepNeedsAReasonAndKeepsWhatWasTyped() throws Exception {
        String seal = seal(page(admin, "FINAL_REVIEW"));
        String blank = HtmlUtils.htmlUnescape(postStep(admin, "FINAL_REVIEW", seal, "   ").getContentAsString());
        assertThat(blank).contains("Hãy ghi lý do.").contains("is-invalid");
        String tooLong = "Lý do rất dài. ".repeat(80);
        String longPage = HtmlUtils.htmlUnescape(postStep(admin, "FINAL_REVIEW", seal, tooLong).getContentAsString());
        assertThat(longPage).contains("Lý do dài tối đa 1.000 ký tự.").contains(tooLong.trim());
        assertThat(status()).isEqualTo("LAUNCHED");
        assertThat(fixtures.count("select count(*) from campaign where id = ? and status_reason is not null", running)).isZero();
    }

    @Test
    void closingWaitsForReviewAnAdminClosesAnywayAndReopensAsItWas() throws Exception {
        List<Map<String, Object>> before = fixtures.jdbc().queryForList(PLEDGES);
        long waiting = fixtures.count("select count(*) from pledge where year between 2026 and 2030 and status = 'SUBMITTED'");
        assertThat(waiting).isPositive();

        MockHttpServletResponse early = postStep(admin, "FINAL_REVIEW", seal(page(admin, "FINAL_REVIEW")),
                "Thử nghiệm: tổng kết sớm");
        assertThat(early.getStatus()).isEqualTo(302);
        assertThat(status()).isEqualTo("FINAL_REVIEW");

        // staff cannot close while pledges await review: the page says so, in numbers, and links to each of them
        String closing = page(staff, "CLOSED");
        assertThat(closing).contains("Còn " + waiting + " hồ sơ chờ duyệt").doesNotContain("name=\"confirmation\"");
        long firstWaiting = fixtures.count("select id from pledge where year between 2026 and 2030 and status = 'SUBMITTED' "
                + "order by submitted_at, id limit 1");
        assertThat(closing).contains("href=\"/pledges/" + firstWaiting + "\"");
        String refused = HtmlUtils.htmlUnescape(postStep(staff, "CLOSED", seal(page(admin, "CLOSED")), null).getContentAsString());
        assertThat(refused).contains("Còn " + waiting + " hồ sơ chờ duyệt");
        assertThat(status()).isEqualTo("FINAL_REVIEW");

        // an admin closes anyway, with a reason: what waited is marked as not reviewed, each record audited
        assertThat(postStep(admin, "CLOSED", seal(page(admin, "CLOSED")), "Đóng nhầm để thử").getStatus()).isEqualTo(302);
        assertThat(status()).isEqualTo("CLOSED");
        assertThat(fixtures.count("select count(*) from pledge where year between 2026 and 2030 and status = 'SUBMITTED'")).isZero();
        assertThat(fixtures.count("select count(*) from pledge where year between 2026 and 2030 and status = 'NOT_REVIEWED'"))
                .isEqualTo(waiting);
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'Pledge' and action = 'NOT_REVIEWED' "
                + "and summary = 'Đóng nhầm để thử'")).isEqualTo(waiting);
        assertThat(fixtures.text("select status_reason from campaign where id = ?", running)).isEqualTo("Đóng nhầm để thử");

        // reopened by an admin: back to launched (its periods are not over), the pledges reviewable again, as they were
        String reopen = page(admin, "LAUNCHED");
        assertThat(reopen).contains("Mở lại phong trào, về giai đoạn phát động?");
        long staffTold = fixtures.count("select count(*) from notice where kind = 'CAMPAIGN_BACK_TO_LAUNCHED'");
        assertThat(postStep(admin, "LAUNCHED", seal(reopen), "Kết thúc nhầm: mở lại").getStatus()).isEqualTo(302);
        assertThat(status()).isEqualTo("LAUNCHED");
        assertThat(fixtures.jdbc().queryForList(PLEDGES)).isEqualTo(before);
        assertThat(fixtures.count("select count(*) from campaign where id = ? and closed_at is null", running)).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from notice where kind = 'CAMPAIGN_BACK_TO_LAUNCHED'"))
                .isEqualTo(staffTold + fixtures.count("select count(*) from account where enabled and role in ('STAFF', 'ADMIN')"));
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Campaign' "
                + "and entity_id = ? order by id desc limit 3", String.class, running))
                .containsExactly("BACK_TO_LAUNCHED", "CLOSED", "FINAL_REVIEW");

        fixtures.clear();
        MockHttpServletResponse accepted = mvc.perform(post("/pledges/" + firstWaiting + "/accept").with(user(staff)).with(csrf())
                .param("version", String.valueOf(fixtures.versionOf("pledge", firstWaiting)))).andReturn().getResponse();
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(fixtures.text("select status from pledge where id = ?", firstWaiting)).isEqualTo("ACCEPTED");
    }

    @Test
    void onlyAnAdminStepsBackAndNotToLaunchedOnceThePeriodsAreOver() throws Exception {
        long reference = fixtures.campaignId();
        assertThat(fixtures.text("select status from campaign where id = ?", reference)).isEqualTo("CLOSED");
        String asStaff = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/" + reference + "/step").param("to", "FINAL_REVIEW")
                .with(user(staff))).andReturn().getResponse().getContentAsString());
        assertThat(asStaff).contains("Chỉ quản trị viên mới có thể mở lại").doesNotContain("name=\"confirmation\"");
        String toLaunched = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/" + reference + "/step").param("to", "LAUNCHED")
                .with(user(admin))).andReturn().getResponse().getContentAsString());
        assertThat(toLaunched).contains("Mọi kỳ của phong trào đã khép lại").doesNotContain("name=\"confirmation\"");
        String other = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/" + reference + "/step").param("to", "DRAFT")
                .with(user(admin))).andReturn().getResponse().getContentAsString());
        assertThat(other).contains("Bước này không thực hiện được").doesNotContain("name=\"confirmation\"");
        assertThat(mvc.perform(get("/campaigns/" + reference + "/step").param("to", "NOWHERE").with(user(admin)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        String english = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/" + reference + "/step").param("to", "FINAL_REVIEW")
                .param("lang", "en").with(user(admin))).andReturn().getResponse().getContentAsString());
        assertThat(english).contains("Reopen the campaign for its final review?").contains("Reason (kept on the campaign");

        // the 2026–2030 campaign that followed it does not stop an admin reopening it for its final review
        long notReviewed = fixtures.count("select count(*) from report r join reporting_period p on p.id = r.period_id "
                + "where p.campaign_id = ? and r.status = 'NOT_REVIEWED'", reference);
        assertThat(notReviewed).isPositive();
        String reopen = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/" + reference + "/step").param("to", "FINAL_REVIEW")
                .with(user(admin))).andReturn().getResponse().getContentAsString());
        assertThat(figure(reopen, "Báo cáo không được xét khi phong trào kết thúc")).isEqualTo(notReviewed);
        MockHttpServletResponse reopened = mvc.perform(post("/campaigns/" + reference + "/step").with(user(admin)).with(csrf())
                .param("to", "FINAL_REVIEW").param("version", String.valueOf(fixtures.versionOf("campaign", reference)))
                .param("confirmation", seal(reopen)).param("reason", "Bổ sung hồ sơ tổng kết")).andReturn().getResponse();
        assertThat(reopened.getStatus()).isEqualTo(302);
        fixtures.flush();
        assertThat(fixtures.text("select status from campaign where id = ?", reference)).isEqualTo("FINAL_REVIEW");
        assertThat(fixtures.count("select count(*) from report r join reporting_period p on p.id = r.period_id "
                + "where p.campaign_id = ? and r.status = 'SUBMITTED'", reference)).isEqualTo(notReviewed);
    }
}
