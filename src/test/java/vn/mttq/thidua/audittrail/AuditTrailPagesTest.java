package vn.mttq.thidua.audittrail;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.report.ReportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit trail read as people read it: who returned a report and what changed, in the user's language, two
 * clicks from the report; filters that cannot be read are said on the page; staff do not read accounts' entries.
 */
@ThiDuaTest
@Transactional
class AuditTrailPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private ReportService reports;
    @Autowired
    private org.springframework.context.MessageSource messages;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String page(String url, String who, String... params) throws Exception {
        var request = get(url).with(user(users.loadUserByUsername(who)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    @Test
    void whoReturnedThisReportAndWhatTheyChangedInTwoClicks() throws Exception {
        long report = fixtures.report("Trường THCS Nhật ký", 3, "ANNUAL", 2027, true, null);
        Fixtures.signIn(users, "staff");
        reports.returnForChanges(report, "Thiếu minh chứng cho sáng kiến", fixtures.versionOf("report", report));
        fixtures.flush();

        // the report page links to its history
        assertThat(page("/reports/" + report, "staff")).contains("/audit?type=Report&id=" + report);
        String history = page("/audit", "staff", "type", "Report", "id", String.valueOf(report));
        assertThat(history).contains("staff trả lại để sửa").contains("báo cáo #" + report).contains("rep1 gửi")
                .doesNotContain("RETURN<").doesNotContain("{\"");
        long entry = fixtures.count("select id from audit_record where entity_type = 'Report' and entity_id = ? and action = 'RETURN'", report);
        assertThat(history).contains("/audit/" + entry);

        String shown = page("/audit/" + entry, "staff");
        assertThat(shown).contains("staff trả lại để sửa báo cáo #" + report)
                .contains("Trạng thái").contains("Chờ duyệt").contains("Bị trả lại")
                .contains("Lý do trả lại").contains("Thiếu minh chứng cho sáng kiến")
                // fields that did not change are not listed
                .doesNotContain("Nội dung báo cáo");
        String english = page("/audit/" + entry, "admin", "lang", "en");
        assertThat(english).contains("staff returned for changes report #" + report).contains("Reason for return")
                .contains("Awaiting approval").contains("Returned");

        MockHttpServletResponse export = mvc.perform(get("/audit/export").param("type", "Report").param("id", String.valueOf(report))
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            long entries = fixtures.count("select count(*) from audit_record where entity_type = 'Report' and entity_id = ?", report);
            // the records from the fifth line, then a blank one and how many there were
            assertThat(sheet.getLastRowNum() - 5).isEqualTo((int) entries);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Tìm thấy " + entries + " kết quả");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("trả lại để sửa");
        }
    }

    @Test
    void everyActionAndKindOfRecordOnTheTrailHasItsWordsInBothLanguages() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.forLanguageTag("vi"), java.util.Locale.ENGLISH}) {
            for (String action : fixtures.jdbc().queryForList("select distinct action from audit_record", String.class)) {
                if (messages.getMessage("audit.action." + action, null, null, locale) == null) {
                    missing.add(locale + " audit.action." + action);
                }
            }
            for (String type : fixtures.jdbc().queryForList("select distinct entity_type from audit_record", String.class)) {
                if (messages.getMessage("audit.type." + type, null, null, locale) == null) {
                    missing.add(locale + " audit.type." + type);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void datesAndAnAgencysStateAreWrittenTheReadersWay() throws Exception {
        long merged = fixtures.count("select min(id) from audit_record where entity_type = 'Agency' and action = 'MERGED'");
        String entry = page("/audit/" + merged, "staff");
        assertThat(entry).contains("Đang hoạt động").contains("Đã sáp nhập").doesNotContain(">MERGED<")
                .containsPattern("<ins>\\d{2}/\\d{2}/\\d{4}</ins>").doesNotContainPattern("<ins>\\d{4}-\\d{2}-\\d{2}</ins>");
    }

    @Test
    void filtersThatCannotBeReadAreSaidAndStaffDoNotReadAccounts() throws Exception {
        String wrongDate = page("/audit", "staff", "from", "31/02/2026", "to", "x");
        assertThat(wrongDate).contains("Ngày phải theo dạng ngày/tháng/năm").contains("value=\"31/02/2026\"");
        assertThat(page("/audit", "staff", "id", "abc")).contains("Mã hồ sơ là một số");

        String dated = page("/audit", "admin", "from", "01/01/2000", "to", "02/01/2000");
        assertThat(dated).contains("Tìm thấy 0 kết quả");

        long login = fixtures.count("select min(id) from audit_record where entity_type = 'Account'");
        assertThat(mvc.perform(get("/audit/" + login).with(user(users.loadUserByUsername("staff")))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(page("/audit/" + login, "admin")).contains("tài khoản");
        assertThat(page("/audit", "staff", "type", "Account")).contains("Tìm thấy 0 kết quả");
        assertThat(page("/audit", "admin", "type", "Account")).doesNotContain("Tìm thấy 0 kết quả");
        assertThat(mvc.perform(get("/audit/99999999").with(user(users.loadUserByUsername("admin")))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/audit").with(user(users.loadUserByUsername("rep1")))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }
}
