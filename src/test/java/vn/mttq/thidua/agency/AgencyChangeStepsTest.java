package vn.mttq.thidua.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
 * An agency's merger, split or dissolution moves or withdraws its units and moves or disables its representatives:
 * posted from the agency's page it is first shown, in numbers, on a confirmation page, and changes nothing until
 * confirmed; recorded by mistake, an admin reverts it within 30 days with a reason, and every record is as it was.
 */
@ThiDuaTest
@Transactional
class AgencyChangeStepsTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AgencyService agencies;
    @Autowired
    private Fixtures fixtures;

    private UserDetails staff;
    private UserDetails admin;
    private long agency;
    private long successor;

    private long agency(String name) {
        return fixtures.count("insert into agency (kind, name, search_key) values ('OTHER', ?, ?) returning id", name,
                vn.mttq.thidua.shared.SearchText.key(name));
    }

    @BeforeEach
    void anAgencyWithTwoUnitsAndARepresentative() {
        staff = users.loadUserByUsername("staff");
        admin = users.loadUserByUsername("admin");
        agency = agency("Hội Người cao tuổi (kiểm thử thay đổi)");
        successor = agency("Hội tiếp nhận (kiểm thử thay đổi)");
        for (String unit : List.of("Chi hội Phường 1 (kiểm thử)", "Chi hội Phường 2 (kiểm thử)")) {
            fixtures.jdbc().update("insert into unit (agency_id, content_area_id, name, kind, search_key) "
                    + "values (?, (select min(id) from content_area), ?, 'OTHER', 'x')", agency, unit);
        }
        fixtures.account("dai_dien_thay_doi", "Mat-khau-dai-9", "AGENCY_REP", agency);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Everything the change touches, as it stands: the agency, its units, its representative. */
    private List<Map<String, Object>> records() {
        fixtures.flush();
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.addAll(fixtures.jdbc().queryForList("select id, name, status, successor_id, ended_on from agency where id = ?", agency));
        rows.addAll(fixtures.jdbc().queryForList("""
                select id, agency_id, status, withdrawn_at, withdrawal_reason from unit
                where id in (select id from unit where agency_id in (?, ?)) order by id""", agency, successor));
        rows.addAll(fixtures.jdbc().queryForList(
                "select id, agency_id, role, enabled from account where username = 'dai_dien_thay_doi'"));
        rows.addAll(fixtures.jdbc().queryForList("select id from agency_change where agency_id = ?", agency));
        return rows;
    }

    private MockHttpServletResponse postEnd(String how, Long to, String confirmation) throws Exception {
        var request = post("/agencies/" + agency + "/end").with(user(staff)).with(csrf()).param("how", how)
                .param("endedOn", "01/07/2025").param("basis", "Nghị quyết (kiểm thử)").param("moveRepresentatives", "true");
        if (to != null) {
            request.param("successorId", String.valueOf(to));
        }
        if (confirmation != null) {
            request.param("confirmation", confirmation);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        fixtures.flush();
        return response;
    }

    @Test
    void aMergerPostedFromThePageIsShownInNumbersFirstAndChangesNothingUntilConfirmed() throws Exception {
        List<Map<String, Object>> before = records();
        String page = HtmlUtils.htmlUnescape(postEnd("MERGED", successor, null).getContentAsString());
        assertThat(page).contains("Ghi nhận thay đổi này của cơ quan?").contains("sẽ sáp nhập vào cơ quan đã chọn")
                .contains("Chi hội Phường 1 (kiểm thử) — chuyển sang Hội tiếp nhận (kiểm thử thay đổi)");
        assertThat(page).containsPattern("Đơn vị chuyển sang cơ quan kế thừa</th><td[^>]*>" + fixtures.count(
                "select count(*) from unit where agency_id = ? and status = 'ACTIVE'", agency) + "<");
        assertThat(page).containsPattern("Tài khoản đại diện chuyển sang cơ quan kế thừa</th><td[^>]*>" + fixtures.count(
                "select count(*) from account where agency_id = ? and role = 'AGENCY_REP'", agency) + "<");
        assertThat(records()).isEqualTo(before);

        String stale = HtmlUtils.htmlUnescape(postEnd("MERGED", successor, "0123456789abcdef").getContentAsString());
        assertThat(stale).contains("Số liệu đã thay đổi");
        assertThat(records()).isEqualTo(before);

        assertThat(postEnd("MERGED", successor, Fixtures.sealOf(page)).getRedirectedUrl()).isEqualTo("/agencies/" + agency);
        assertThat(fixtures.text("select status from agency where id = ?", agency)).isEqualTo("MERGED");
        assertThat(fixtures.count("select count(*) from unit where agency_id = ?", successor)).isEqualTo(2);
        assertThat(fixtures.count("select count(*) from agency_change_effect e join agency_change c on c.id = e.change_id "
                + "where c.agency_id = ?", agency)).isEqualTo(3);

        // the list finds the ended agency and, by its name, its successor; the state filter shows one or the other
        fixtures.clear();
        String byOldName = list("q", "hoi nguoi cao tuoi (kiem thu thay doi)");
        assertThat(byOldName).contains("Tìm thấy 2 kết quả").contains("Sáp nhập vào Hội tiếp nhận (kiểm thử thay đổi) từ ngày 01/07/2025")
                .contains("Trước đây: Hội Người cao tuổi (kiểm thử thay đổi)");
        assertThat(list("state", "MERGED")).contains("Hội Người cao tuổi (kiểm thử thay đổi)")
                .doesNotContain("Hội tiếp nhận (kiểm thử thay đổi)</a>");
        assertThat(list("state", "ACTIVE")).doesNotContain("Hội Người cao tuổi (kiểm thử thay đổi)</a>")
                .contains("Hội tiếp nhận (kiểm thử thay đổi)</a>");
    }

    private String list(String parameter, String value) throws Exception {
        var request = get("/agencies").param(parameter, value).with(user(staff));
        if (!"q".equals(parameter)) {
            request.param("q", "kiem thu thay doi");
        }
        return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theDemosDissolvedDistrictIsFoundAndSaysWhatBecameOfIt() throws Exception {
        String dissolved = HtmlUtils.htmlUnescape(mvc.perform(get("/agencies").param("q", "cai be").param("state", "DISSOLVED")
                .with(user(staff))).andReturn().getResponse().getContentAsString());
        assertThat(dissolved).contains("Ủy ban MTTQ Việt Nam huyện Cái Bè").contains("Giải thể từ ngày 01/07/2025")
                .doesNotContain("xã Cái Bè, tỉnh Đồng Tháp</a>");
        String all = HtmlUtils.htmlUnescape(mvc.perform(get("/agencies").param("q", "huyen cai be").with(user(staff)))
                .andReturn().getResponse().getContentAsString());
        assertThat(all).contains("Ủy ban MTTQ Việt Nam huyện Cái Bè")
                .contains("Ủy ban MTTQ Việt Nam xã Cái Bè, tỉnh Đồng Tháp").contains("Trước đây: Ủy ban MTTQ Việt Nam huyện Cái Bè");
    }

    @Test
    void anAdminRevertsADissolutionRecordedByMistakeAndEveryRecordIsAsItWas() throws Exception {
        List<Map<String, Object>> before = records();
        Fixtures.signIn(users, "staff");
        AgencyEnding ending = new AgencyEnding(AgencyStatus.DISSOLVED, null, JULY, null, false);
        agencies.end(agency, ending, agencies.ending(agency, ending).confirmation());
        SecurityContextHolder.clearContext();
        fixtures.flush();
        assertThat(fixtures.count("select count(*) from unit where agency_id = ? and status = 'WITHDRAWN'", agency)).isEqualTo(2);
        assertThat(fixtures.text("select enabled::text from account where username = 'dai_dien_thay_doi'")).isEqualTo("false");
        long change = fixtures.count("select id from agency_change where agency_id = ?", agency);
        String path = "/agencies/" + agency + "/changes/" + change + "/revert";

        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/agencies/" + agency).with(user(admin))).andReturn().getResponse()
                .getContentAsString())).contains("href=\"" + path + "\"");
        assertThat(mvc.perform(get(path).with(user(staff))).andReturn().getResponse().getStatus()).isEqualTo(403);
        String page = HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(admin))).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Hủy thay đổi ghi nhầm của cơ quan?")
                .containsPattern("Đơn vị tham gia trở lại</th><td[^>]*>2<")
                .containsPattern("Tài khoản đại diện được mở lại</th><td[^>]*>1<");

        String blank = HtmlUtils.htmlUnescape(mvc.perform(post(path).with(user(admin)).with(csrf())
                .param("confirmation", Fixtures.sealOf(page)).param("reason", "")).andReturn().getResponse().getContentAsString());
        assertThat(blank).contains("Hãy ghi lý do hủy thay đổi.");
        assertThat(fixtures.text("select status from agency where id = ?", agency)).isEqualTo("DISSOLVED");

        MockHttpServletResponse reverted = mvc.perform(post(path).with(user(admin)).with(csrf())
                .param("confirmation", Fixtures.sealOf(page)).param("reason", "Ghi nhầm cơ quan")).andReturn().getResponse();
        assertThat(reverted.getRedirectedUrl()).isEqualTo("/agencies/" + agency);
        fixtures.clear();
        assertThat(records()).isEqualTo(before);
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'AgencyChange' and entity_id = ? "
                + "and action = 'DELETE' and summary = 'Ghi nhầm cơ quan'", change)).isEqualTo(1);
    }

    @Test
    void aMergerIsRevertedWithItsUnitsAndRepresentativesBackButNotAfterThirtyDays() throws Exception {
        List<Map<String, Object>> before = records();
        Fixtures.signIn(users, "staff");
        AgencyEnding ending = new AgencyEnding(AgencyStatus.MERGED, successor, JULY, "Nghị quyết", true);
        agencies.end(agency, ending, agencies.ending(agency, ending).confirmation());
        SecurityContextHolder.clearContext();
        fixtures.flush();
        long change = fixtures.count("select id from agency_change where agency_id = ?", agency);
        String path = "/agencies/" + agency + "/changes/" + change + "/revert";

        fixtures.jdbc().update("update agency_change set recorded_at = now() - interval '31 days' where id = ?", change);
        fixtures.clear();
        String old = HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(admin))).andReturn().getResponse().getContentAsString());
        assertThat(old).contains("Thay đổi đã ghi nhận quá 30 ngày").doesNotContain("name=\"reason\"");

        fixtures.jdbc().update("update agency_change set recorded_at = now() - interval '29 days' where id = ?", change);
        fixtures.clear();
        String page = HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(admin))).andReturn().getResponse().getContentAsString());
        assertThat(page).containsPattern("Đơn vị trở về cơ quan</th><td[^>]*>2<")
                .containsPattern("Tài khoản đại diện trở về cơ quan</th><td[^>]*>1<");
        assertThat(mvc.perform(post(path).with(user(admin)).with(csrf()).param("confirmation", Fixtures.sealOf(page))
                .param("reason", "Sáp nhập nhầm")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/agencies/" + agency);
        fixtures.clear();
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void anEndedAgencysRecordIsReadOnlyButAnAdminsCorrectionWithAReason() throws Exception {
        Fixtures.signIn(users, "staff");
        AgencyEnding ending = new AgencyEnding(AgencyStatus.DISSOLVED, null, JULY, null, false);
        agencies.end(agency, ending, agencies.ending(agency, ending).confirmation());
        SecurityContextHolder.clearContext();
        fixtures.flush();
        var before = fixtures.jdbc().queryForMap("select name, kind, cluster_id, address from agency where id = ?", agency);
        String name = "Hội Người cao tuổi (đính chính, kiểm thử)";

        String asStaff = HtmlUtils.htmlUnescape(edit(staff, name, null).getContentAsString());
        assertThat(asStaff).contains("Cơ quan đã kết thúc hoạt động: hồ sơ chỉ còn xem được").contains(name);
        String noReason = HtmlUtils.htmlUnescape(edit(admin, name, " ").getContentAsString());
        assertThat(noReason).contains("Hãy ghi lý do đính chính").contains(name);
        fixtures.clear();
        assertThat(fixtures.jdbc().queryForMap("select name, kind, cluster_id, address from agency where id = ?", agency))
                .isEqualTo(before);

        assertThat(edit(admin, name, "Sai chính tả trong tên").getRedirectedUrl()).isEqualTo("/agencies/" + agency);
        fixtures.flush();
        assertThat(fixtures.text("select name from agency where id = ?", agency)).isEqualTo(name);
        assertThat(fixtures.text("select status from agency where id = ?", agency)).isEqualTo("DISSOLVED");
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'Agency' and entity_id = ? "
                + "and action = 'CORRECT' and summary = 'Sai chính tả trong tên'", agency)).isEqualTo(1);
    }

    private MockHttpServletResponse edit(UserDetails who, String name, String reason) throws Exception {
        var request = post("/agencies/" + agency).with(user(who)).with(csrf()).param("kind", "OTHER").param("name", name)
                .param("shortName", "").param("parentId", "").param("clusterId", "").param("address", "")
                .param("phone", "").param("email", "").param("contactPerson", "")
                .param("version", String.valueOf(fixtures.versionOf("agency", agency)));
        if (reason != null) {
            request.param("correctionReason", reason);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        fixtures.flush();
        return response;
    }
}
