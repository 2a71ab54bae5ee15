package vn.mttq.thidua.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One journey per role through the real pages in headless Chromium: sign in, see the home page, do one real
 * action. Screenshots go to target/screenshots. Without Chromium the journeys are skipped on a developer's
 * machine, never in CI (.ci/run installs it).
 */
@ThiDuaTest
class JourneyTest extends ChromiumTest {

    @Autowired
    private Fixtures fixtures;

    @Test
    void staffFindsAnAgencyWithoutDiacriticsAndAddsOne() {
        Browser browser = browser();
        browser.open("/");
        assertThat(browser.heading()).isEqualTo("Đăng nhập");
        browser.screenshot("01-login-vi");
        browser.signIn("staff", "ThiDua@2025");
        assertThat(browser.heading()).isEqualTo("Xin chào, Trần Thị Bình");
        assertThat(browser.text()).contains("Việc của bạn").contains("cơ quan tham gia");
        browser.screenshot("02-staff-home-vi");

        browser.open("/agencies?q=so+y+te");
        assertThat(browser.text()).contains("Sở Y tế tỉnh Tiền Giang").doesNotContain("Sở Tư pháp");
        browser.screenshot("03-staff-agency-search-vi");

        browser.open("/agencies/new");
        browser.type("shortName", "MTTQ xã Tân Thới");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.id("name-error")).getText()).isEqualTo("Không được để trống.");
        assertThat(browser.find(By.id("shortName")).getAttribute("value")).isEqualTo("MTTQ xã Tân Thới");
        browser.screenshot("04-staff-agency-form-error-vi");

        browser.type("name", "Ủy ban MTTQ Việt Nam xã Tân Thới");
        browser.choose("kind", "Ủy ban MTTQ cấp xã");
        browser.choose("parentId", "Ủy ban MTTQ Việt Nam huyện Tân Phú Đông");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Ủy ban MTTQ Việt Nam xã Tân Thới");
        assertThat(browser.text()).contains("Đã thêm cơ quan Ủy ban MTTQ Việt Nam xã Tân Thới.")
                .contains("Ủy ban MTTQ Việt Nam huyện Tân Phú Đông");
        browser.screenshot("05-staff-agency-created-vi");

        String longName = "Hội Liên hiệp các Hội Khoa học và Kỹ thuật, Liên hiệp các tổ chức hữu nghị và Hội Chữ thập đỏ "
                + "tỉnh Tiền Giang — tên rất dài để kiểm tra cách trang hiển thị khi một cơ quan có tên dài nhiều dòng";
        browser.open("/agencies/new");
        browser.type("name", longName);
        browser.choose("kind", "Khác");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo(longName);
        browser.open("/agencies?q=ten+rat+dai&lang=en");
        assertThat(browser.text()).contains(longName).contains("1 found");
        browser.screenshot("05a-staff-long-name-en");
        browser.open("/agencies?q=khong+co+co+quan+nao&lang=vi");
        assertThat(browser.text()).contains("Tìm thấy 0 kết quả").contains("Không tìm thấy kết quả nào.");
        browser.screenshot("05b-staff-empty-list-vi");
        browser.open("/council-sessions?q=khong+co&lang=en");
        assertThat(browser.text()).contains("Nothing found.");
        browser.screenshot("05c-staff-empty-council-en");
        browser.open("/?lang=vi");
    }

    @Test
    void representativeRegistersAUnitAndCannotReachAnotherAgency() {
        Browser browser = browser();
        browser.signIn("rep1", "ThiDua@2025");
        assertThat(browser.text()).contains("Sở Giáo dục và Đào tạo tỉnh Tiền Giang").contains("Trường THPT chuyên Tiền Giang");
        browser.screenshot("06-rep1-home-vi");

        browser.click(By.linkText("Cơ quan của tôi"));
        browser.click(By.linkText("Đăng ký đơn vị"));
        browser.type("name", "Trường THCS Lê Ngọc Hân");
        browser.choose("kind", "Trường học");
        browser.choose("contentAreaId",
                "3. Phát triển khoa học, công nghệ, nâng cao chất lượng hoạt động và dịch vụ trong các đơn vị sự nghiệp");
        browser.type("address", "Phường 4, thành phố Mỹ Tho");
        browser.type("contactPhone", "0273 3872 123");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text()).contains("Đã đăng ký đơn vị Trường THCS Lê Ngọc Hân.").contains("Phường 4, thành phố Mỹ Tho");
        browser.screenshot("07-rep1-unit-registered-vi");

        browser.open("/agencies/" + fixtures.agencyOf("rep2"));
        assertThat(browser.heading()).contains("Không tìm thấy");
        browser.open("/agencies");
        assertThat(browser.heading()).contains("Không có quyền truy cập");
        browser.screenshot("08-rep1-forbidden-vi");
    }

    @Test
    void adminCreatesAnAccountInEnglish() {
        Browser browser = browser();
        browser.signIn("admin", "ThiDua@2025");
        browser.open("/admin/accounts?lang=en");
        assertThat(browser.heading()).isEqualTo("Accounts");
        browser.click(By.linkText("New account"));
        browser.type("username", "canbo2");
        browser.type("fullName", "Đặng Văn Giang");
        browser.choose("role", "Front staff");
        browser.type("initialPassword", "TamThoi2026");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text()).contains("Account canbo2 created.");
        browser.screenshot("09-admin-account-created-en");

        browser.open("/campaigns/" + fixtures.campaignId());
        assertThat(browser.text()).contains("5 content areas").contains("Legal basis");
        browser.screenshot("10-campaign-en");
        browser.open("/?lang=vi");
        browser.open("/campaigns/" + fixtures.campaignId());
        assertThat(browser.text()).contains("5 nội dung thi đua");
        browser.screenshot("11-campaign-vi");
    }
}
