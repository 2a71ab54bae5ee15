package vn.mttq.thidua.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next cycle through the pages, in Chromium: staff create a campaign as the next phase of the running one,
 * adjust a period and launch it; rep1 registers two units in the 2026–2030 campaign, which the demo left to do,
 * and submits a 2026 pledge; staff accept it. (The demo already carries the 2026–2030 phase, so the phase staff
 * create here is a later one.)
 */
@ThiDuaTest
class NextCampaignJourneyTest extends ChromiumTest {

    private static final String FIRST = "Trường THPT chuyên Tiền Giang";
    private static final String SECOND = "Trường THPT Nguyễn Đình Chiểu";

    @Autowired
    private Fixtures fixtures;

    @Test
    void staffLaunchAPhaseRep1RegistersUnitsAndPledgesStaffAccept() {
        Browser browser = browser();
        long running = fixtures.count("select id from campaign where start_year = 2026");

        // staff start a later phase from the running one, adjust a period and launch it
        browser.signIn("staff", "ThiDua@2025");
        browser.open("/campaigns/" + running);
        browser.click(By.linkText("Tạo giai đoạn tiếp theo"));
        assertThat(browser.find(By.id("startYear")).getAttribute("value")).isEqualTo("2031");
        browser.type("startYear", "2046");
        browser.type("endYear", "2050");
        browser.type("name", "Đoàn kết sáng tạo giai đoạn 2046–2050 (kiểm thử)");
        browser.screenshot("40-staff-new-campaign-vi");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text()).contains("Đã tạo phong trào (dự thảo)").contains("5 nội dung thi đua").contains("Dự thảo");
        String created = browser.url().replaceAll(".*/campaigns/(\\d+).*", "$1");

        browser.open("/periods?campaign=" + created);
        assertThat(browser.text()).contains("Báo cáo năm 2046").contains("Tổng kết phong trào 2046–2050");
        browser.click(By.cssSelector("main table tbody tr:first-child a"));
        browser.type("closesOn", "28/02/2047");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text()).contains("Đã lưu các ngày của kỳ báo cáo.");

        browser.open("/campaigns/" + created);
        browser.click(By.cssSelector("a[href$='/step?to=LAUNCHED']"));
        assertThat(browser.heading()).isEqualTo("Phát động phong trào?");
        assertThat(browser.text()).contains("Kỳ chưa đến").contains("Không thể trở lại dự thảo.");
        browser.screenshot("40-staff-campaign-launch-confirmation-vi");
        browser.submit(By.cssSelector("form[action$='/step'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã phát động phong trào.").contains("Đã phát động");
        browser.screenshot("41-staff-campaign-launched-vi");

        // rep1 registers two units in the 2026–2030 campaign and pledges for 2026
        browser.signIn("rep1", "ThiDua@2025");
        browser.open("/agencies/" + fixtures.agencyOf("rep1") + "/participation?campaign=" + running + "&lang=en");
        assertThat(browser.heading()).contains("Units taking part in");
        long first = unit(FIRST);
        long second = unit(SECOND);
        browser.choose("area_" + first, "3. Science, technology and the quality of services in public service units");
        browser.choose("area_" + second, "3. Science, technology and the quality of services in public service units");
        browser.screenshot("42-rep1-participation-en");
        browser.submit(By.cssSelector("main form[method=post] button[type=submit]"));
        assertThat(browser.text()).contains("units are registered in the campaign");
        assertThat(fixtures.count("select count(*) from participation where campaign_id = ? and unit_id in (?, ?)",
                running, first, second)).isEqualTo(2);

        browser.open("/pledges?lang=vi");
        browser.choose("unitId", FIRST);
        browser.choose("newYear", "2026");
        browser.submit(By.cssSelector("form[action='/pledges'][method='post'] button[type=submit]"));
        assertThat(browser.url()).endsWith("/edit");
        assertThat(browser.text()).contains("Thời hạn đăng ký năm 2026");
        String pledge = browser.url().replaceAll(".*/pledges/(\\d+)/edit$", "$1");
        browser.type("targets0.name", "Tỷ lệ học sinh tốt nghiệp THPT");
        browser.type("targets0.targetValue", "99");
        browser.type("targets0.measure", "%");
        browser.submit(By.cssSelector("button[name=action][value=submit]"));
        assertThat(browser.text()).contains("Đã nộp bản đăng ký thi đua.").contains("Chờ duyệt");

        // staff accept it
        browser.signIn("staff", "ThiDua@2025");
        browser.open("/pledges/" + pledge);
        browser.submit(By.cssSelector("form[action$='/accept'] button[type=submit]"));
        assertThat(browser.text()).contains("Đã duyệt bản đăng ký thi đua.");
        assertThat(fixtures.jdbc().queryForObject("select status from pledge where id = ?", String.class, Long.valueOf(pledge)))
                .isEqualTo("ACCEPTED");
    }

    private long unit(String name) {
        return fixtures.count("select id from unit where name = ? and agency_id = ?", name, fixtures.agencyOf("rep1"));
    }
}
