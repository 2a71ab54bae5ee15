package vn.mttq.thidua.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commendation through the pages, in Chromium: rep1 nominates → staff appraise → the council votes → the admin
 * approves and issues the decision → the certificate downloads → the awardee is on the public honor roll.
 */
@ThiDuaTest
class CommendationJourneyTest extends ChromiumTest {

    private static final String UNIT = "Trường THPT Nguyễn Đình Chiểu";

    @Autowired
    private Fixtures fixtures;

    @Test
    void nominatedAppraisedVotedApprovedIssuedAndOnTheHonorRoll() throws Exception {
        Browser browser = browser();

        browser.signIn("rep1", "ThiDua@2025");
        browser.open("/nominations/new");
        browser.choose("unitId", UNIT);
        browser.choose("nomineeType", "Tập thể");
        browser.type("year", "2025");
        browser.choose("formId", "Bằng khen của Ủy ban MTTQ Việt Nam tỉnh");
        browser.type("achievements", "Nhà trường dẫn đầu khối thi đua các trường THPT năm 2025, 100% học sinh tốt nghiệp.");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text()).contains("Đã lưu đề nghị khen thưởng.").contains("Còn thiếu:");
        String nomination = browser.url().replaceAll(".*/nominations/(\\d+).*", "$1");
        Path pdf = Files.createTempFile("ho-so", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes());
        for (String kind : new String[] {"Tờ trình", "Biên bản họp", "Báo cáo thành tích"}) {
            browser.choose("kind", kind);
            browser.find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
            browser.submit(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
        }
        assertThat(browser.text()).contains("Hồ sơ đã đủ các giấy tờ bắt buộc.");
        browser.screenshot("30-rep1-nomination-vi");
        browser.submit(By.cssSelector("form[action$='/submit'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã nộp đề nghị khen thưởng.").contains("Chờ thẩm định");

        browser.signIn("staff", "ThiDua@2025");
        browser.open("/nominations/" + nomination);
        assertThat(browser.text()).contains("Quá trình khen thưởng của đối tượng");
        browser.submit(By.cssSelector("form[action$='/appraise'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã thẩm định, chuyển Hội đồng.");

        browser.open("/council-sessions/new");
        browser.type("title", "Phiên họp Hội đồng Thi đua - Khen thưởng tháng 12");
        browser.type("heldOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.find(By.cssSelector("input[name=memberIds][value='" + fixtures.accountId("staff") + "']")).click();
        for (String member : new String[] {"admin", "hoidong1", "hoidong2", "hoidong3"}) {
            browser.find(By.cssSelector("input[name=memberIds][value='" + fixtures.accountId(member) + "']")).click();
        }
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text()).contains("Đã mở phiên họp.").contains("Hợp lệ khi có 3 phiếu; thông qua khi có 3 phiếu đồng ý");
        String session = browser.url().replaceAll(".*/council-sessions/(\\d+).*", "$1");
        browser.choose("nominationId", UNIT + " — Bằng khen của Ủy ban MTTQ Việt Nam tỉnh");
        browser.submit(By.cssSelector("form[action$='/nominees'] button[type=submit]"));
        browser.find(By.cssSelector("input[name=vote][value=YES]")).click();
        browser.submit(By.cssSelector("form[action$='/votes'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã ghi phiếu của bạn.");
        // one member voted on paper: staff record it, beside the votes cast here
        browser.find(By.cssSelector("form[action$='/tallies'] input[name=yes]")).sendKeys("1");
        browser.submit(By.cssSelector("form[action$='/tallies'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã ghi kết quả phiếu giấy.").contains("Đồng ý 2 · Không đồng ý 0");

        browser.signIn("admin", "ThiDua@2025");
        browser.open("/council-sessions/" + session);
        browser.find(By.cssSelector("input[name=vote][value=YES]")).click();
        browser.submit(By.cssSelector("form[action$='/votes'] button[type=submit]"));
        assertThat(browser.text()).contains("Đồng ý 3 · Không đồng ý 0 · Không ý kiến 0").contains("Đạt ngưỡng thông qua");
        browser.screenshot("31-admin-council-vi");
        browser.click(By.cssSelector("a[href$='/close']"));
        assertThat(browser.heading()).isEqualTo("Kết thúc phiên họp và công bố kết quả?");
        assertThat(browser.text()).contains("Đồng ý 3 · Không đồng ý 0 · Không ý kiến 0").contains("Thông qua");
        browser.screenshot("31-admin-council-closing-confirmation-vi");
        browser.submit(By.cssSelector("form[action$='/close'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã kết thúc phiên họp").contains("Hội đồng thông qua, chờ phê duyệt");

        browser.open("/nominations/" + nomination);
        browser.submit(By.cssSelector("form[action$='/approve'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã phê duyệt.");

        browser.open("/decisions/new");
        browser.tick(By.cssSelector("input[name=nominationIds][value='" + nomination + "']"));
        assertThat(browser.find(By.id("legalBasis")).getAttribute("value"))
                .contains("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15").contains("152/2025/NĐ-CP")
                .contains("15/2025/TT-BNV").doesNotContain("98/2023/NĐ-CP");
        browser.submit(By.cssSelector("button[name=action][value=save]"));
        assertThat(browser.text()).contains("Đã lưu dự thảo quyết định.").contains("Dự thảo quyết định (chưa có số)")
                .contains("Xem bản dự thảo (PDF)");
        browser.screenshot("31-admin-draft-decision-vi");
        browser.click(By.cssSelector("a[href$='/sign']"));
        assertThat(browser.heading()).isEqualTo("Ký ban hành quyết định?");
        assertThat(browser.find(By.id("number")).getText()).containsPattern("\\d{2,}/QĐ-MTTQ-BTT");
        browser.screenshot("31-admin-decision-signing-confirmation-vi");
        browser.submit(By.cssSelector("form[action$='/sign'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã ban hành quyết định số");
        String code = browser.heading().replace("Quyết định số ", "");
        assertThat(code).matches("\\d{2,}/QĐ-MTTQ-BTT");
        String registry = browser.find(By.cssSelector("main table tbody tr td")).getText();
        browser.submit(By.cssSelector("form[action$='/publish'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã công bố quyết định.");
        browser.screenshot("32-admin-decision-vi");

        String certificateUrl = browser.find(By.linkText("Tải bằng (PDF)")).getAttribute("href");
        HttpResponse<byte[]> certificate = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(certificateUrl))
                .header("Cookie", "SESSION=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        try (PDDocument document = Loader.loadPDF(certificate.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(UNIT.replace(" ", "")).contains(code).contains(registry);
        }

        browser.forget();
        browser.open("/honor-roll?q=" + registry);
        assertThat(browser.heading()).isEqualTo("Bảng vàng thi đua");
        assertThat(browser.text()).contains(UNIT).contains(registry).contains(code);
        browser.screenshot("33-public-honor-roll-vi");
        browser.open("/honor-roll?lang=en");
        assertThat(browser.text()).contains("Honor roll").contains("Latest exemplary models and initiatives");
        browser.screenshot("34-public-honor-roll-en");
        browser.open("/?lang=vi");
    }
}
