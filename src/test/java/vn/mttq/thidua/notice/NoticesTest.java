package vn.mttq.thidua.notice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.insight.DeadlineReminders;
import vn.mttq.thidua.report.ReportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What people are told: a returned report reaches the agency's representatives' inbox in the same transaction and,
 * from the outbox, their e-mail once (checked in an in-process SMTP server); a person who turned e-mail off gets
 * none; deadline reminders land once per unit and period, also when two schedulers race and when a job runs again.
 */
@ThiDuaTest
class NoticesTest {

    private static GreenMail smtp;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private ReportService reports;
    @Autowired
    private NoticeMailer mailer;
    @Autowired
    private DeadlineReminders reminders;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String page(String url, String who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(users.loadUserByUsername(who)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private List<MimeMessage> mailsTo(String address, String containing) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))
                        && body(m).contains(containing);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of an e-mail, decoded. */
    private static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReturnedReportReachesTheInboxAndTheMailboxOnce() throws Exception {
        String unit = "Trường THCS Thông báo";
        Long report = new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(s -> fixtures.report(unit, 3, "ANNUAL", 2029, true, null));
        Fixtures.signIn(users, "staff");
        reports.returnForChanges(report, "Bổ sung minh chứng chỉ tiêu 2", fixtures.versionOf("report", report));
        SecurityContextHolder.clearContext();

        long notice = fixtures.count("select n.id from notice n join account a on a.id = n.account_id "
                + "where a.username = 'rep1' and n.kind = 'REPORT_RETURNED' and n.link = ?", "/reports/" + report);
        String inbox = page("/notices", "rep1");
        assertThat(inbox).contains("của " + unit + " bị trả lại để sửa: Bổ sung minh chứng chỉ tiêu 2");
        assertThat(page("/notices?lang=en", "rep1")).contains("of " + unit + " was returned for changes");
        // the header counts what is unread
        long unread = fixtures.count("select count(*) from notice n join account a on a.id = n.account_id "
                + "where a.username = 'rep1' and n.read_at is null");
        assertThat(inbox).contains("Thông báo, " + unread + " chưa đọc");
        // another agency's representative is not told
        assertThat(page("/notices", "rep2")).doesNotContain(unit);

        // e-mailed once: a second run of the outbox sends nothing again
        assertThat(mailer.sendPending()).isPositive();
        mailer.sendPending();
        List<MimeMessage> mails = mailsTo("rep1@thidua.example", unit);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("[Thi đua] Báo cáo");
        assertThat(body(mails.get(0))).contains("/reports/" + report).contains("was returned for changes");

        // opening it marks it read and goes to the report
        MockHttpServletResponse opened = mvc.perform(post("/notices/" + notice + "/open").with(csrf())
                .with(user(users.loadUserByUsername("rep1")))).andReturn().getResponse();
        assertThat(opened.getRedirectedUrl()).isEqualTo("/reports/" + report);
        assertThat(fixtures.count("select count(*) from notice where id = ? and read_at is not null", notice)).isEqualTo(1);
        // nobody opens another person's notice
        assertThat(mvc.perform(post("/notices/" + notice + "/open").with(csrf()).with(user(users.loadUserByUsername("rep2"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void whoTurnedEmailOffIsToldInTheApplicationOnly() throws Exception {
        mvc.perform(post("/notices/settings").with(csrf()).with(user(users.loadUserByUsername("rep2"))));
        assertThat(fixtures.count("select count(*) from account where username = 'rep2' and not email_notices")).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'Account' and actor = 'rep2' "
                + "and after_state like '%emailNotices%'")).isEqualTo(1);
        long agency = fixtures.agencyOf("rep2");
        long unit = fixtures.firstActiveUnitOf(agency);
        fixtures.jdbc().update("update account set email = 'rep2@thidua.example' where username = 'rep2'");
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(s ->
                events.publishEvent(vn.mttq.thidua.shared.Notify.agency("REPORT_DUE", agency, "test-off:" + unit, "/",
                        "Kỳ kiểm thử", "Đơn vị tắt thư", "01/01/2030", "10/01/2030")));
        mailer.sendPending();
        assertThat(page("/notices", "rep2")).contains("Đơn vị tắt thư");
        assertThat(mailsTo("rep2@thidua.example", "Đơn vị tắt thư")).isEmpty();
        mvc.perform(post("/notices/settings").param("email", "true").with(csrf()).with(user(users.loadUserByUsername("rep2"))));
    }

    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    private org.springframework.context.ApplicationEventPublisher events;

    @Test
    void aDeadlineReminderIsSentOnceWhenTwoSchedulersRaceAndWhenTheJobRunsAgain() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long period = fixtures.window("MID_TERM_REVIEW", 2028, today.minusDays(10), today.plusDays(2), today.plusDays(20));
        long unit = fixtures.count("insert into unit (agency_id, content_area_id, name, kind, search_key) "
                + "values (?, ?, 'Trường Tiểu học Nhắc hạn', 'SCHOOL', 'x') returning id", fixtures.agencyOf("rep1"), fixtures.runningArea(3));
        fixtures.takePart(unit, 3);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = List.of(pool.submit(() -> { start.await(); reminders.scheduled(); return null; }),
                pool.submit(() -> { start.await(); reminders.scheduled(); return null; }));
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        String key = "REPORT_DUE:" + period + ":" + unit;
        long reps = fixtures.count("select count(*) from account where role = 'AGENCY_REP' and enabled and agency_id = ?",
                fixtures.agencyOf("rep1"));
        assertThat(fixtures.count("select count(*) from notice where event_key = ?", key)).isEqualTo(reps).isPositive();
        assertThat(fixtures.count("select count(*) from shedlock where name = 'deadlineReminders'")).isEqualTo(1);

        // the job again — as after a restart, without the lock — tells nobody twice
        assertThat(reminders.remind(today)).isPositive();
        assertThat(fixtures.count("select count(*) from notice where event_key = ?", key)).isEqualTo(reps);
        assertThat(page("/notices", "rep1")).contains("Trường Tiểu học Nhắc hạn");

        // e-mailed once, even when two outboxes run at the same time
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sent = List.of(senders.submit(mailer::sendPending), senders.submit(mailer::sendPending));
        for (Future<Integer> s : sent) {
            s.get();
        }
        senders.shutdown();
        String periodName = fixtures.jdbc().queryForObject("select name from reporting_period where id = ?", String.class, period);
        assertThat(mailsTo("rep1@thidua.example", "“" + periodName + "” của Trường Tiểu học Nhắc hạn")).hasSize(1);
        fixtures.jdbc().update("update unit set status = 'WITHDRAWN', withdrawn_at = now(), withdrawal_reason = 'kiểm thử' where id = ?", unit);
    }
}
