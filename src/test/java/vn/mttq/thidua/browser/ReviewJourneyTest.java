package vn.mttq.thidua.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign's daily work through the pages, in Chromium, in the running 2026–2030 campaign: rep1 submits the
 * 2026 pledge → staff return it → rep1 fixes and resubmits → staff accept → rep1 reports (late) with an evidence
 * file and an initiative → staff score → the ranking shows the unit. The 2026 annual period, which opens in a few
 * days in the demo, is moved to have opened (its due date passed) for the report, and put back afterwards.
 */
@ThiDuaTest
class ReviewJourneyTest extends ChromiumTest {

    private static final String UNIT = "Trường THPT Cái Bè";

    @Autowired
    private Fixtures fixtures;

    @Test
    void pledgeReturnedFixedAcceptedThenReportedScoredAndRanked() throws Exception {
        Browser browser = browser();
        fixtures.takePart(fixtures.count("select id from unit where name = ? and agency_id = ?", UNIT,
                fixtures.agencyOf("rep1")), 3);

        // rep1 writes and submits the 2026 pledge of one of the agency's schools
        browser.signIn("rep1", "ThiDua@2025");
        browser.open("/pledges");
        browser.choose("unitId", UNIT);
        browser.choose("newYear", "2026");
        browser.submit(By.cssSelector("form[action='/pledges'][method='post'] button[type=submit]"));
        assertThat(browser.url()).endsWith("/edit");
        String pledge = browser.url().replaceAll(".*/pledges/(\\d+)/edit$", "$1");
        browser.choose("titleAimed", "Tập thể lao động xuất sắc");
        browser.type("targets0.name", "Tỷ lệ học sinh đỗ đại học");
        browser.type("targets0.targetValue", "85");
        browser.type("targets0.measure", "%");
        browser.screenshot("20-rep1-pledge-form-vi");
        browser.submit(By.cssSelector("button[name=action][value=submit]"));
        assertThat(browser.text()).contains("Đã nộp bản đăng ký thi đua.").contains("Chờ duyệt");

        // staff return it with a reason
        browser.signIn("staff", "ThiDua@2025");
        browser.open("/pledges?status=SUBMITTED");
        assertThat(browser.text()).contains(UNIT);
        browser.open("/pledges/" + pledge);
        browser.submit(By.cssSelector("form[action$='/return'] button[type=submit]"));
        assertThat(browser.find(By.id("reason-error")).getText()).isEqualTo("Phải ghi lý do trả lại.");
        browser.type("reason", "Đề nghị bổ sung chỉ tiêu về nghiên cứu khoa học.");
        browser.submit(By.cssSelector("form[action$='/return'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã trả lại bản đăng ký thi đua.").contains("Bị trả lại");

        // rep1 sees why on the home page, fixes and resubmits
        browser.signIn("rep1", "ThiDua@2025");
        assertThat(browser.text()).contains("Đề nghị bổ sung chỉ tiêu về nghiên cứu khoa học.");
        browser.screenshot("21-rep1-home-returned-vi");
        browser.open("/pledges/" + pledge + "/edit");
        browser.submit(By.cssSelector("button[name=action][value=addTarget]"));
        browser.type("targets1.name", "Số đề tài nghiên cứu khoa học kỹ thuật");
        browser.type("targets1.targetValue", "5");
        browser.type("targets1.measure", "đề tài");
        browser.submit(By.cssSelector("button[name=action][value=submit]"));
        assertThat(browser.text()).contains("Đã nộp bản đăng ký thi đua.");

        // staff see what changed and accept
        browser.signIn("staff", "ThiDua@2025");
        browser.open("/pledges/" + pledge);
        assertThat(browser.text()).contains("Thay đổi so với lần nộp trước").contains("Số đề tài nghiên cứu khoa học kỹ thuật");
        browser.screenshot("22-staff-pledge-review-vi");
        browser.submit(By.cssSelector("form[action$='/accept'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã duyệt bản đăng ký thi đua.");

        // rep1 reports on the 2026 period, after its due date, with an initiative and an evidence file
        long period = fixtures.runningPeriod("ANNUAL", 2026);
        Map<String, Object> window = fixtures.jdbc().queryForMap(
                "select opens_on, due_on, closes_on from reporting_period where id = ?", period);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        fixtures.window("ANNUAL", 2026, today.minusDays(20), today.minusDays(1), today.plusDays(10));
        try {
            report(browser, period);
        } finally {
            fixtures.jdbc().update("update reporting_period set opens_on = ?, due_on = ?, closes_on = ? where id = ?",
                    window.get("opens_on"), window.get("due_on"), window.get("closes_on"), period);
        }
    }

    private void report(Browser browser, long period) throws Exception {
        browser.signIn("rep1", "ThiDua@2025");
        browser.open("/reports");
        browser.choose("unitId", UNIT);
        browser.choose("periodId", "Báo cáo năm 2026");
        browser.submit(By.cssSelector("form[action='/reports'][method='post'] button[type=submit]"));
        String report = browser.url().replaceAll(".*/reports/(\\d+)/edit$", "$1");
        List<WebElement> achieved = browser.findAll(By.cssSelector("input[name^=achieved]"));
        assertThat(achieved).hasSize(2);
        achieved.get(0).sendKeys("88,5");
        achieved.get(1).sendKeys("6");
        browser.type("narrative", "Nhà trường hoàn thành vượt mức các chỉ tiêu đăng ký năm 2026.");
        for (WebElement score : browser.findAll(By.cssSelector("input[name^=selfScores]"))) {
            score.sendKeys("9");
        }
        browser.submit(By.cssSelector("button[name=action][value=addInitiative]"));
        browser.type("initiatives0.title", "Phòng học STEM dùng chung cho các trường");
        browser.type("initiatives0.field", "Giáo dục");
        browser.submit(By.cssSelector("button[name=action][value=save]:not(.visually-hidden)"));
        assertThat(browser.text()).contains("Đã lưu bản nháp.").contains("104,1 %");

        Path pdf = Files.createTempFile("bien-ban-hop", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
        browser.find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.submit(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã tải lên " + pdf.getFileName());
        Path fake = Files.createTempFile("khong-phai-pdf", ".pdf");
        Files.writeString(fake, "đây là văn bản, không phải PDF");
        browser.find(By.id("file")).sendKeys(fake.toAbsolutePath().toString());
        browser.submit(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
        assertThat(browser.text()).contains("Loại tệp không được chấp nhận");
        browser.screenshot("23-rep1-report-form-vi");

        browser.submit(By.cssSelector("button[name=action][value=submit]"));
        assertThat(browser.text()).contains("Đã nộp báo cáo (sau hạn nộp, được ghi là nộp trễ).").contains("Nộp trễ");

        // staff score every criterion and accept
        browser.signIn("staff", "ThiDua@2025");
        browser.open("/reports?status=SUBMITTED&late=true");
        assertThat(browser.text()).contains(UNIT);
        browser.open("/reports/" + report);
        for (WebElement score : browser.findAll(By.cssSelector("input[name^=staffScores]"))) {
            score.sendKeys("8,5");
        }
        browser.screenshot("24-staff-report-scoring-vi");
        browser.submit(By.cssSelector("button[name=action][value=accept]"));
        assertThat(browser.text()).contains("Đã chấm điểm và duyệt báo cáo.").contains("59,5");

        // the ranking of the period and content area shows the unit
        long area = fixtures.runningArea(3);
        browser.open("/rankings?period=" + period + "&area=" + area);
        assertThat(browser.text()).contains(UNIT).contains("59,5").contains("Trung bình");
        browser.screenshot("25-staff-ranking-vi");
        browser.open("/rankings?period=" + period + "&area=" + area + "&lang=en");
        assertThat(browser.text()).contains("Ranking of units").contains("Average");
        browser.screenshot("26-staff-ranking-en");
        browser.open("/?lang=vi");
    }
}
