package vn.mttq.thidua.agency;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Agencies change, as in the reorganisation of 1 July 2025: merged into another (units and, if staff choose,
 * representatives follow; the successor shows its predecessors), dissolved (representatives disabled), renamed —
 * while the records of the past keep the names of their time.
 */
@ThiDuaTest
@Transactional
class AgencyChangeTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    @Autowired
    private AgencyService agencies;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private Fixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String page(String path, String as) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(users.loadUserByUsername(as))))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theDemoCarriesTheReorganisationOfJuly2025() throws Exception {
        assertThat(fixtures.count("select count(*) from agency where kind = 'DISTRICT_FRONT' and status = 'DISSOLVED' "
                + "and ended_on = date '2025-07-01'")).isEqualTo(11);
        long caiBe = fixtures.count("select id from agency where short_name = 'MTTQ huyện Cái Bè'");
        long commune = fixtures.count("select successor_id from agency where id = ?", caiBe);
        assertThat(fixtures.agencyOf("rep2")).as("rep2 followed Cái Bè's work").isEqualTo(commune);

        String dissolved = page("/agencies/" + caiBe, "staff");
        assertThat(dissolved).contains("Đã giải thể từ ngày 01/07/2025").contains("Tiếp nhận: Ủy ban MTTQ Việt Nam xã Cái Bè")
                .contains("72/2025/QH15").contains("Hồ sơ thi đua của cơ quan")
                .as("nothing is registered under it any more").doesNotContain("/agencies/" + caiBe + "/units/new");
        // its reports, found by its name, show the names they were submitted under
        String reports = HtmlUtils.htmlUnescape(mvc.perform(get("/reports").param("campaign", "all")
                .param("q", "Ủy ban MTTQ Việt Nam huyện Cái Bè").with(user(users.loadUserByUsername("staff"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(reports).doesNotContain("Không tìm thấy kết quả nào.")
                .contains("<div class=\"small text-muted\">Ủy ban MTTQ Việt Nam huyện Cái Bè</div>")
                .doesNotContain("<div class=\"small text-muted\">Ủy ban MTTQ Việt Nam xã Cái Bè, tỉnh Đồng Tháp</div>");
        assertThat(page("/agencies/" + commune, "rep2")).contains("Tiền thân").contains("Ủy ban MTTQ Việt Nam huyện Cái Bè");
        assertThat(page("/agencies/" + caiBe, "rep2")).as("the predecessor's page, read by its successor's representative")
                .contains("Đã giải thể từ ngày 01/07/2025");
        assertThat(mvc.perform(get("/agencies/" + caiBe).with(user(users.loadUserByUsername("rep1"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        // read-only: the successor's representative registers nothing under the dissolved committee
        long unitsBefore = fixtures.count("select count(*) from unit where agency_id = ?", caiBe);
        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/agencies/" + caiBe + "/units")
                .with(user(users.loadUserByUsername("rep2"))).with(csrf()).param("name", "Đơn vị mới")
                .param("kind", "OFFICE").param("contentAreaId", String.valueOf(fixtures.count("select min(id) from content_area"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("Cơ quan đã sáp nhập, chia tách hoặc giải thể");
        assertThat(fixtures.count("select count(*) from unit where agency_id = ?", caiBe)).isEqualTo(unitsBefore);

        long health = fixtures.count("select id from agency where name = 'Sở Y tế tỉnh Đồng Tháp'");
        assertThat(fixtures.jdbc().queryForList("select name from agency where successor_id = ? and status = 'MERGED' order by name",
                String.class, health)).containsExactlyInAnyOrder("Sở Y tế tỉnh Đồng Tháp (trước ngày 01/07/2025)", "Sở Y tế tỉnh Tiền Giang");
        assertThat(fixtures.count("select count(*) from unit where agency_id = ? and status = 'ACTIVE'", health)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMergerMovesUnitsAndRepresentativesAndThePastKeepsItsNames() throws Exception {
        var commended = fixtures.jdbc().queryForMap("""
                select n.id, n.decision_id, a.id as agency_id, a.name as agency_name from nomination n
                join unit u on u.id = n.unit_id join agency a on a.id = u.agency_id
                where n.nominee_type = 'COLLECTIVE' and n.decision_id is not null and a.status = 'ACTIVE'
                order by n.id limit 1""");
        long predecessor = (Long) commended.get("agency_id");
        long rep = fixtures.count("""
                insert into account (username, password_hash, full_name, role, agency_id, must_change_password, search_key)
                values ('dai_dien_sap_nhap', '{noop}x', 'Đại diện', 'AGENCY_REP', ?, false, 'x') returning id""", predecessor);
        long units = fixtures.count("select count(*) from unit where agency_id = ? and status = 'ACTIVE'", predecessor);

        Fixtures.signIn(users, "staff");
        AgencyForm form = new AgencyForm();
        form.setKind(AgencyKind.DEPARTMENT);
        form.setName("Cơ quan tiếp nhận sau sáp nhập (kiểm thử)");
        Agency successor = agencies.create(form.details());
        end(predecessor, new AgencyEnding(AgencyStatus.MERGED, successor.getId(), JULY, "Nghị quyết sáp nhập (kiểm thử)", true));
        fixtures.flush();

        assertThat(fixtures.jdbc().queryForObject("select status from agency where id = ?", String.class, predecessor)).isEqualTo("MERGED");
        assertThat(fixtures.count("select count(*) from unit where agency_id = ? and status = 'ACTIVE'", successor.getId()))
                .isEqualTo(units);
        assertThat(fixtures.count("select agency_id from account where id = ?", rep)).isEqualTo(successor.getId());
        assertThatThrownBy(() -> agencies.rename(predecessor, "Tên khác", JULY, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("agency.error.ended"));

        byte[] pdf = mvc.perform(get("/decisions/" + commended.get("decision_id") + "/pdf")
                .with(user(users.loadUserByUsername("admin")))).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains((String) commended.get("agency_name")).doesNotContain("Cơ quan tiếp nhận sau sáp nhập");
        }
    }

    @Test
    void aWrongValueInTheChangeFormsIsShownBesideItsFieldAndChangesNothing() throws Exception {
        long agency = fixtures.agencyOf("rep1");
        var before = fixtures.jdbc().queryForMap("select name, status, successor_id, version from agency where id = ?", agency);
        var staff = users.loadUserByUsername("staff");

        String rename = HtmlUtils.htmlUnescape(mvc.perform(post("/agencies/" + agency + "/rename").with(user(staff)).with(csrf())
                .param("newName", "").param("effectiveOn", "31/02/2025").param("legalBasis", "Quyết định 1"))
                .andReturn().getResponse().getContentAsString());
        assertThat(rename).contains("Ngày không hợp lệ").contains("value=\"31/02/2025\"").contains("Quyết định 1");

        var end = mvc.perform(post("/agencies/" + agency + "/end").with(user(staff)).with(csrf())
                .param("how", "BIEN_MAT").param("successorId", "abc").param("endedOn", "").param("basis", ""))
                .andReturn().getResponse();
        assertThat(end.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(end.getContentAsString())).contains("Vui lòng chọn một giá trị trong danh sách.");

        String selfMerge = HtmlUtils.htmlUnescape(mvc.perform(post("/agencies/" + agency + "/end").with(user(staff)).with(csrf())
                .param("how", "MERGED").param("successorId", String.valueOf(agency)).param("endedOn", "01/07/2025"))
                .andReturn().getResponse().getContentAsString());
        assertThat(selfMerge).contains("Hãy chọn một cơ quan tiếp nhận đang hoạt động, khác cơ quan này.");

        fixtures.clear();
        assertThat(fixtures.jdbc().queryForMap("select name, status, successor_id, version from agency where id = ?", agency))
                .isEqualTo(before);
        assertThat(fixtures.count("select count(*) from agency_change where agency_id = ?", agency)).isZero();
    }

    @Test
    void aDissolvedAgencysRepresentativesAreDisabledAndItsUnitsWithdrawn() {
        Fixtures.signIn(users, "staff");
        AgencyForm form = new AgencyForm();
        form.setKind(AgencyKind.OTHER);
        form.setName("Hội giải thể (kiểm thử)");
        Agency agency = agencies.create(form.details());
        long unit = fixtures.count("""
                insert into unit (agency_id, content_area_id, name, kind, search_key)
                values (?, (select min(id) from content_area), 'Chi hội (kiểm thử)', 'OTHER', 'x') returning id""", agency.getId());
        long rep = fixtures.count("""
                insert into account (username, password_hash, full_name, role, agency_id, must_change_password, search_key)
                values ('dai_dien_giai_the', '{noop}x', 'Đại diện', 'AGENCY_REP', ?, false, 'x') returning id""", agency.getId());
        fixtures.clear();

        end(agency.getId(), new AgencyEnding(AgencyStatus.DISSOLVED, null, JULY, null, true));
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select enabled from account where id = ?", Boolean.class, rep)).isFalse();
        assertThat(fixtures.jdbc().queryForObject("select status from unit where id = ?", String.class, unit)).isEqualTo("WITHDRAWN");
        assertThat(fixtures.count("select count(*) from agency_change where agency_id = ? and kind = 'DISSOLVED'", agency.getId()))
                .isEqualTo(1);
        assertThatThrownBy(() -> end(agency.getId(), new AgencyEnding(AgencyStatus.MERGED, null, JULY, null, true)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aSplitSendsEachUnitWhereStaffChoseAndEachSuccessorReachesTheHistory() throws Exception {
        Fixtures.signIn(users, "staff");
        Agency whole = agencies.create(agencyForm("Sở Nông nghiệp và Môi trường (trước chia tách, kiểm thử)").details());
        Agency east = agencies.create(agencyForm("Cơ quan tiếp nhận phía Đông (kiểm thử)").details());
        Agency west = agencies.create(agencyForm("Cơ quan tiếp nhận phía Tây (kiểm thử)").details());
        long area = fixtures.runningArea(2);
        long first = fixtures.count("insert into unit (agency_id, content_area_id, name, kind, search_key) "
                + "values (?, ?, 'Chi cục Thủy lợi (kiểm thử)', 'OFFICE', 'x') returning id", whole.getId(), area);
        long second = fixtures.count("insert into unit (agency_id, content_area_id, name, kind, search_key) "
                + "values (?, ?, 'Chi cục Kiểm lâm (kiểm thử)', 'OFFICE', 'x') returning id", whole.getId(), area);
        long third = fixtures.count("insert into unit (agency_id, content_area_id, name, kind, search_key) "
                + "values (?, ?, 'Trạm khuyến nông (kiểm thử)', 'OFFICE', 'x') returning id", whole.getId(), area);
        fixtures.account("dai_dien_chia_tach", "Mat-khau-dai-9", "AGENCY_REP", whole.getId());
        fixtures.account("dai_dien_phia_tay", "Mat-khau-dai-9", "AGENCY_REP", west.getId());
        fixtures.clear();
        SecurityContextHolder.clearContext();
        var staff = users.loadUserByUsername("staff");
        String path = "/agencies/" + whole.getId() + "/split";

        // one successor only, or a unit sent to an agency not among them: the form says so and nothing changes
        String one = HtmlUtils.htmlUnescape(mvc.perform(post(path).with(user(staff)).with(csrf())
                .param("successorIds", String.valueOf(east.getId())).param("splitOn", "01/07/2025")
                .param("splitBasis", "Quyết định chia tách (kiểm thử)")).andReturn().getResponse().getContentAsString());
        assertThat(one).contains("Hãy chọn ít nhất hai cơ quan tiếp nhận đang hoạt động.").contains("Quyết định chia tách (kiểm thử)");
        String elsewhere = HtmlUtils.htmlUnescape(mvc.perform(post(path).with(user(staff)).with(csrf())
                .param("successorIds", String.valueOf(east.getId()), String.valueOf(west.getId()))
                .param("unitTo[" + first + "]", String.valueOf(fixtures.agencyOf("rep1"))).param("splitOn", "01/07/2025"))
                .andReturn().getResponse().getContentAsString());
        assertThat(elsewhere).contains("chỉ có thể chuyển về một trong các cơ quan tiếp nhận đã chọn");
        assertThat(fixtures.jdbc().queryForObject("select status from agency where id = ?", String.class, whole.getId()))
                .isEqualTo("ACTIVE");
        assertThat(fixtures.count("select count(*) from unit where agency_id = ? and status = 'ACTIVE'", whole.getId())).isEqualTo(3);

        // the form as staff send it: a confirmation page first, saying what the split will do, which posts it again
        String confirm = HtmlUtils.htmlUnescape(mvc.perform(post(path).with(user(staff)).with(csrf())
                .param("successorIds", String.valueOf(east.getId()), String.valueOf(west.getId()))
                .param("unitTo[" + first + "]", String.valueOf(east.getId()))
                .param("unitTo[" + second + "]", String.valueOf(west.getId()))
                .param("unitTo[" + third + "]", "")
                .param("representativesTo", String.valueOf(west.getId()))
                .param("splitOn", "01/07/2025").param("splitBasis", "Quyết định chia tách (kiểm thử)"))
                .andReturn().getResponse().getContentAsString());
        assertThat(confirm).contains("Ghi nhận thay đổi này của cơ quan?").contains("Trạm khuyến nông (kiểm thử) — rút khỏi phong trào")
                .contains("Chi cục Thủy lợi (kiểm thử) — chuyển sang Cơ quan tiếp nhận phía Đông (kiểm thử)");
        assertThat(fixtures.jdbc().queryForObject("select status from agency where id = ?", String.class, whole.getId()))
                .isEqualTo("ACTIVE");
        var done = mvc.perform(post(path).with(user(staff)).with(csrf())
                .param("successorIds", String.valueOf(east.getId()), String.valueOf(west.getId()))
                .param("unitTo[" + first + "]", String.valueOf(east.getId()))
                .param("unitTo[" + second + "]", String.valueOf(west.getId()))
                .param("representativesTo", String.valueOf(west.getId()))
                .param("splitOn", "01/07/2025").param("splitBasis", "Quyết định chia tách (kiểm thử)")
                .param("confirmation", Fixtures.sealOf(confirm))).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/agencies/" + whole.getId());
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForMap("select status, ended_on::text as ended_on from agency where id = ?", whole.getId()))
                .containsEntry("status", "SPLIT").containsEntry("ended_on", "2025-07-01");
        assertThat(fixtures.count("select agency_id from unit where id = ?", first)).isEqualTo(east.getId());
        assertThat(fixtures.count("select agency_id from unit where id = ?", second)).isEqualTo(west.getId());
        assertThat(fixtures.jdbc().queryForObject("select status from unit where id = ?", String.class, third)).isEqualTo("WITHDRAWN");
        assertThat(fixtures.count("select agency_id from account where username = 'dai_dien_chia_tach'")).isEqualTo(west.getId());
        assertThat(fixtures.count("select count(*) from agency_change where agency_id = ? and kind = 'SPLIT'", whole.getId()))
                .isEqualTo(2);
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'Agency' and entity_id = ? "
                + "and action = 'SPLIT' and actor = 'staff'", whole.getId())).isEqualTo(1);

        // where it went, from its page; what it was, from each successor's; its page read by a successor's representative
        assertThat(page("/agencies/" + whole.getId(), "staff")).contains("Đã chia tách từ ngày 01/07/2025")
                .contains("một phần chuyển về Cơ quan tiếp nhận phía Đông (kiểm thử)")
                .contains("một phần chuyển về Cơ quan tiếp nhận phía Tây (kiểm thử)");
        assertThat(page("/agencies/" + east.getId(), "staff")).contains("Tiền thân")
                .contains("Sở Nông nghiệp và Môi trường (trước chia tách, kiểm thử)");
        assertThat(page("/agencies/" + whole.getId(), "dai_dien_phia_tay")).contains("Đã chia tách từ ngày 01/07/2025");
        assertThat(mvc.perform(get("/agencies/" + whole.getId()).with(user(users.loadUserByUsername("rep1"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private void end(long agencyId, AgencyEnding ending) {
        agencies.end(agencyId, ending, agencies.ending(agencyId, ending).confirmation());
    }

    private static AgencyForm agencyForm(String name) {
        AgencyForm form = new AgencyForm();
        form.setKind(AgencyKind.DEPARTMENT);
        form.setName(name);
        return form;
    }
}
