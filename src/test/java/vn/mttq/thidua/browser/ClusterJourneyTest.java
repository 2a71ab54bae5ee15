package vn.mttq.thidua.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster's year through the pages, in Chromium: staff set up a cluster → its head (rep1's department) drafts the
 * covenant and opens it → two members sign → the head opens the review → the members score each other → the head
 * closes it with the minutes and proposes the leader for the Cờ thi đua, which becomes a nomination.
 */
@ThiDuaTest
class ClusterJourneyTest extends ChromiumTest {

    private static final String PASSWORD = "Mat-Khau-Hanh-Trinh-2026!";

    @Autowired
    private Fixtures fixtures;

    @Test
    void setUpCovenantSignedReviewedAndTheLeaderProposed() throws Exception {
        long head = fixtures.agencyOf("rep1");
        long other = fixtures.count("select id from agency where short_name = 'Sở Tư pháp'");
        fixtures.account("rep_tuphap_hanhtrinh", PASSWORD, "AGENCY_REP", other);
        Browser browser = browser();

        browser.signIn("staff", "ThiDua@2025");
        browser.open("/clusters/new?year=2047");
        browser.type("name", "Khối hành trình thử");
        browser.choose("kind", "Khối thi đua");
        browser.tick(By.cssSelector("input[name=memberIds][value='" + head + "']"));
        browser.tick(By.cssSelector("input[name=memberIds][value='" + other + "']"));
        browser.choose("headId", "Sở Giáo dục và Đào tạo tỉnh Tiền Giang");
        browser.choose("deputyId", "Sở Tư pháp tỉnh Tiền Giang");
        browser.submit(By.cssSelector("form[action='/clusters'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã lưu Khối hành trình thử.").contains("Cụm trưởng");
        String cluster = browser.url().replaceAll(".*/clusters/(\\d+).*$", "$1");

        browser.signIn("rep1", "ThiDua@2025");
        browser.open("/clusters/" + cluster);
        assertThat(browser.text()).contains("Đơn vị của bạn là cụm trưởng năm nay");
        browser.type("targets0.text", "100% cán bộ tham gia các cuộc vận động của Mặt trận.");
        browser.submit(By.cssSelector("form[action$='/covenant'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã lưu bản soạn giao ước.");
        browser.submit(By.cssSelector("form[action$='/covenant/open'] button[type=submit]"));
        browser.submit(By.cssSelector("form[action$='/covenant/sign'] button[type=submit]"));
        assertThat(browser.text()).contains("Đơn vị của bạn đã ký giao ước.").contains("Đang ký");
        browser.screenshot("60-rep1-cluster-covenant-vi");

        browser.signIn("rep_tuphap_hanhtrinh", PASSWORD);
        browser.open("/clusters/" + cluster);
        browser.submit(By.cssSelector("form[action$='/covenant/sign'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã ký đủ");

        browser.signIn("rep1", "ThiDua@2025");
        browser.open("/clusters/" + cluster);
        browser.choose("method", "Chấm điểm lẫn nhau");
        browser.submit(By.cssSelector("form[action$='/review'] button[type=submit]"));
        browser.type("score-" + other, "88");
        browser.submit(By.cssSelector("form[action$='/review/scores'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã lưu điểm của đơn vị bạn.");

        browser.signIn("rep_tuphap_hanhtrinh", PASSWORD);
        browser.open("/clusters/" + cluster);
        assertThat(browser.findAll(By.id("score-" + other))).as("never its own agency").isEmpty();
        browser.type("score-" + head, "96");
        browser.submit(By.cssSelector("form[action$='/review/scores'] button[type=submit]"));

        browser.signIn("rep1", "ThiDua@2025");
        browser.open("/clusters/" + cluster);
        Path minutes = Files.createTempFile("bien-ban", ".pdf");
        Files.write(minutes, "%PDF-1.4\n% bien ban hoi nghi\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        browser.type("meetingDate", "04/12/2026");
        browser.type("present", "Đủ 2 đơn vị thành viên");
        browser.type("result", "Suy tôn Sở Giáo dục và Đào tạo dẫn đầu khối.");
        browser.find(By.id("minutes")).sendKeys(minutes.toString());
        browser.submit(By.cssSelector("form[action$='/review/close'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã kết thúc bình xét với biên bản hội nghị.").contains("Đã tổng kết");
        browser.choose("form-" + head, "Cờ thi đua của Ủy ban MTTQ Việt Nam tỉnh");
        browser.submit(By.cssSelector("form[action$='/review/proposals'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã lập các đề nghị khen thưởng của cụm, khối.");
        browser.screenshot("61-rep1-cluster-review-vi");
        Files.deleteIfExists(minutes);

        assertThat(fixtures.count("""
                select count(*) from cluster_proposal p join nomination n on n.id = p.nomination_id
                join dossier_file d on d.nomination_id = n.id and d.kind = 'MEETING_MINUTES'
                join commendation_form f on f.id = n.form_id and f.code = 'CO-MTTQ-TINH'
                where p.agency_id = ? and n.year = 2047""", head)).isEqualTo(1);
    }
}
