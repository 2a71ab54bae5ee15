package vn.mttq.thidua.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in Chromium: its six charts are drawn (Chart.js holds a chart on each canvas) without an error in the
 * console, in Vietnamese for staff and in English for a representative; the consolidated report downloads.
 */
@ThiDuaTest
class DashboardJourneyTest extends ChromiumTest {

    @Autowired
    private Fixtures fixtures;

    @Test
    void theChartsAreDrawnAndTheConsolidatedReportDownloads() throws Exception {
        Browser browser = browser();
        long campaign = fixtures.campaignId();
        long period = fixtures.count("select id from reporting_period where campaign_id = ? and kind = 'ANNUAL' and year = 2024", campaign);

        browser.signIn("staff", "ThiDua@2025");
        browser.consoleErrors();
        browser.click(By.linkText("Tổng quan"));
        assertThat(browser.heading()).isEqualTo("Tổng quan phong trào");
        browser.open("/dashboard?campaign=" + campaign + "&period=" + period);
        expectSixChartsDrawn(browser);
        assertThat(browser.text()).contains("Báo cáo kỳ Báo cáo năm 2024").contains("Khen thưởng theo hình thức và năm");
        browser.screenshot("50-staff-dashboard-vi");

        String excelUrl = browser.find(By.linkText("Báo cáo tổng hợp (Excel)")).getAttribute("href");
        HttpResponse<byte[]> excel = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(excelUrl))
                .header("Cookie", "SESSION=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(excel.statusCode()).isEqualTo(200);
        assertThat(excel.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("bao-cao-tong-hop-2024-annual.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("BÁO CÁO TỔNG HỢP");
        }

        // a figure leads to the list behind it
        browser.click(By.cssSelector("main .card a[href*='missing=true']"));
        assertThat(browser.heading()).startsWith("Đơn vị chưa nộp báo cáo");

        browser.signIn("rep1", "ThiDua@2025");
        browser.consoleErrors();
        browser.open("/dashboard?lang=en&campaign=" + campaign + "&period=" + period);
        expectSixChartsDrawn(browser);
        assertThat(browser.text()).contains("Figures of").contains("Units taking part by content area");
        browser.screenshot("51-rep1-dashboard-en");
    }

    private static void expectSixChartsDrawn(Browser browser) {
        assertThat(browser.findAll(By.tagName("canvas"))).hasSize(6);
        Object drawn = browser.script("return Array.from(document.querySelectorAll('canvas'))"
                + ".filter(c => window.Chart && Chart.getChart(c) && c.width > 0).length");
        assertThat(((Number) drawn).intValue()).isEqualTo(6);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
