package vn.mttq.thidua.eligibility;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.commendation.DossierKind;
import vn.mttq.thidua.commendation.EligibilityChecks;
import vn.mttq.thidua.commendation.EligibilityChecks.Status;
import vn.mttq.thidua.commendation.EligibilityChecks.Subject;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rules of issue 22 beyond titles: initiatives recognised at a scope and counted once; a form awarded before; one
 * achievement commended once; going on despite a condition not met only with a reason; the admin's conditions.
 */
@ThiDuaTest
@Transactional
class EligibilityRulesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private EligibilityChecks checks;
    @Autowired
    private NominationService nominations;

    private long unit;
    private long bangKhen;

    @BeforeEach
    void choose() {
        unit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1"));
        bangKhen = form("BK-CT-UBND-TINH");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long form(String code) {
        return fixtures.count("select id from commendation_form where code = ?", code);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private void title(long person, String code, int year) {
        fixtures.jdbc().update("insert into title_award (person_id, title_id, year, deciding_body, document_number, decided_on, "
                + "entered_by) values (?, (select id from emulation_title where code = ?), ?, 'Sở GD&ĐT', ?, make_date(?, 12, 20), "
                + "'staff')", person, code, year, year + "/QĐ-" + code, year);
    }

    private long initiative(long person, String title, String scope, int year) throws Exception {
        MockHttpServletResponse response = send(post("/persons/" + person + "/initiatives").param("title", title)
                .param("scope", scope).param("recognisedBy", "Hội đồng sáng kiến cơ sở").param("documentNumber", "9/QĐ-HĐSK")
                .param("recognisedOn", "15/06/" + year).param("usedElsewhere", ""), "staff");
        assertThat(response.getRedirectedUrl()).isEqualTo("/persons/" + person + "/titles");
        return fixtures.count("select max(id) from recognised_initiative where person_id = ?", person);
    }

    private long nomination(long person, String name, long formId, int year, String status) {
        return fixtures.count("insert into nomination (unit_id, nominee_type, person_id, individual_name, birth_year, gender, "
                + "form_id, year, achievements, status, proposed_by, search_key) values (?, 'INDIVIDUAL', ?, ?, 1980, 'FEMALE', ?, ?, "
                + "'Thành tích', ?, 'rep1', 'x') returning id", unit, person, name, formId, year, status);
    }

    private Status overall(long person, long nominationId, long formId, int year) {
        fixtures.flush();
        return checks.of(new Subject(vn.mttq.thidua.catalogue.NomineeType.INDIVIDUAL, unit, person, formId, year, nominationId,
                java.util.List.of())).overall();
    }

    /** Art. 74 cl. 1 d, second alternative: two years of Hoàn thành xuất sắc nhiệm vụ and two initiatives at the base. */
    @Test
    void initiativesCountOnceForOneNominationAndASecondUseIsRefused() throws Exception {
        long person = fixtures.person(unit, "Quách Thị Kiểm Thử");
        title(person, "HTXSNV", 2024);
        title(person, "HTXSNV", 2025);
        long first = initiative(person, "Số hóa sổ điểm", "BASE", 2024);
        long second = initiative(person, "Thư viện xanh", "PROVINCE", 2025);
        initiative(person, "Sáng kiến cũ", "BASE", 2019);
        long n = nomination(person, "Quách Thị Kiểm Thử", bangKhen, 2025, "DRAFT");
        assertThat(overall(person, n, bangKhen, 2025)).as("enough initiatives, none counted yet").isEqualTo(Status.UNKNOWN);

        String page = text(send(get("/nominations/" + n), "rep1"));
        assertThat(page).contains("2 sáng kiến được công nhận từ cấp cơ sở trở lên trong 2 năm").contains("Số hóa sổ điểm")
                .contains("Thư viện xanh").doesNotContain("Sáng kiến cũ").contains("Tính cho đề nghị này");
        for (long i : new long[] {first, second}) {
            assertThat(send(post("/nominations/" + n + "/initiatives/" + i + "/count"), "rep1").getRedirectedUrl())
                    .isEqualTo("/nominations/" + n + "#eligibility");
        }
        assertThat(overall(person, n, bangKhen, 2025)).isEqualTo(Status.MET);
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'RecognisedInitiative' "
                + "and entity_id = ? order by id", String.class, first)).containsExactly("CREATE", "COUNT");

        // the same initiative for another nomination of the same person: refused, the first use kept
        long other = nomination(person, "Quách Thị Kiểm Thử", form("CSTD-TINH"), 2025, "DRAFT");
        MockHttpServletResponse refused = send(post("/nominations/" + other + "/initiatives/" + second + "/count"), "rep1");
        String after = text(mvc.perform(get("/nominations/" + other).with(user(users.loadUserByUsername("rep1")))
                .cookie(refused.getCookie("SESSION"))).andReturn().getResponse());
        assertThat(after).contains("Sáng kiến này đã được tính cho đề nghị #" + n + ": mỗi sáng kiến chỉ được tính một lần.");
        assertThat(fixtures.count("select nomination_id from initiative_use where initiative_id = ?", second)).isEqualTo(n);
        assertThat(fixtures.count("select count(*) from initiative_use where nomination_id = ?", other)).isZero();
        // the person's page says where each initiative was counted
        assertThat(text(send(get("/persons/" + person + "/titles"), "rep1"))).contains("Đã tính cho đề nghị #" + n)
                .contains("Chưa được tính cho danh hiệu, hình thức nào");

        // taken back, it is free again; another person's initiative cannot be counted at all
        assertThat(send(post("/nominations/" + n + "/initiatives/" + second + "/release"), "rep1").getRedirectedUrl())
                .isEqualTo("/nominations/" + n + "#eligibility");
        assertThat(overall(person, n, bangKhen, 2025)).isEqualTo(Status.UNKNOWN);
        long stranger = fixtures.person(unit, "Người Khác Kiểm Thử");
        long theirs = initiative(stranger, "Của người khác", "BASE", 2025);
        assertThat(send(post("/nominations/" + n + "/initiatives/" + theirs + "/count"), "rep1").getStatus()).isEqualTo(404);
        assertThat(fixtures.count("select count(*) from initiative_use where initiative_id = ?", theirs)).isZero();
    }

    @Test
    void anInitiativeCountedElsewhereIsNotCountedAgainAndTooFewAreNotMet() throws Exception {
        long person = fixtures.person(unit, "Lưu Văn Kiểm Thử");
        title(person, "CSTDCS", 2023);
        title(person, "CSTDCS", 2024);
        title(person, "CSTDCS", 2025);
        long cstdTinh = form("CSTD-TINH");
        send(post("/persons/" + person + "/initiatives").param("title", "Mô hình dân vận khéo").param("scope", "PROVINCE")
                .param("recognisedBy", "Hội đồng sáng kiến tỉnh").param("documentNumber", "3/QĐ").param("recognisedOn", "10/05/2024")
                .param("usedElsewhere", "Chiến sĩ thi đua cơ sở 2024"), "staff");
        initiative(person, "Chỉ cấp cơ sở", "BASE", 2025);
        long n = nomination(person, "Lưu Văn Kiểm Thử", cstdTinh, 2025, "DRAFT");
        assertThat(overall(person, n, cstdTinh, 2025)).as("the province-level one is used; the other is only at the base")
                .isEqualTo(Status.NOT_MET);
        assertThat(text(send(get("/nominations/" + n), "staff"))).contains("Đã tính cho: Chiến sĩ thi đua cơ sở 2024")
                .contains("3 năm liên tục đạt Chiến sĩ thi đua cơ sở").contains("Điều 22");
    }

    @Test
    void theSameAchievementIsNotCommendedTwice() throws Exception {
        long person = fixtures.person(unit, "Kha Thị Kiểm Thử");
        long commended = nomination(person, "Kha Thị Kiểm Thử", form("BK-MTTQ-TINH"), 2025, "APPROVED");
        long again = nomination(person, "Kha Thị Kiểm Thử", bangKhen, 2025, "DRAFT");
        for (DossierKind kind : DossierKind.REQUIRED) {
            fixtures.jdbc().update("insert into dossier_file (nomination_id, kind, file_name, content_type, size_bytes, sha256, "
                    + "uploaded_by) values (?, ?, 'x.pdf', 'application/pdf', 8, 'x', 'rep1')", again, kind.name());
        }
        Fixtures.signIn(users, "rep1");
        long version = fixtures.versionOf("nomination", again);
        assertThatThrownBy(() -> nominations.submit(again, version)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("nomination.error.sameAchievement"));
        assertThat(fixtures.jdbc().queryForObject("select status from nomination where id = ?", String.class, again)).isEqualTo("DRAFT");
        assertThat(text(send(get("/nominations/" + again), "rep1")))
                .contains("Thành tích năm 2025 của đối tượng này đã được khen thưởng hoặc phê duyệt ở đề nghị khác")
                .contains("/nominations/" + commended);
        // another year's achievements may be proposed
        long nextYear = nomination(person, "Kha Thị Kiểm Thử", bangKhen, 2026, "DRAFT");
        Fixtures.signIn(users, "rep1");
        fixtures.jdbc().update("insert into dossier_file (nomination_id, kind, file_name, content_type, size_bytes, sha256, "
                + "uploaded_by) select ?, kind, file_name, content_type, size_bytes, sha256, uploaded_by from dossier_file "
                + "where nomination_id = ?", nextYear, again);
        nominations.submit(nextYear, fixtures.versionOf("nomination", nextYear));
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select status from nomination where id = ?", String.class, nextYear))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aNominationNotEligibleGoesOnOnlyWithAReasonAuditedAndPrintedOnTheSheet() throws Exception {
        long person = fixtures.person(unit, "Mạc Thị Kiểm Thử");
        title(person, "LDTT", 2024);
        title(person, "CSTDCS", 2025);
        long n = nomination(person, "Mạc Thị Kiểm Thử", bangKhen, 2025, "SUBMITTED");
        for (DossierKind kind : DossierKind.REQUIRED) {
            fixtures.jdbc().update("insert into dossier_file (nomination_id, kind, file_name, content_type, size_bytes, sha256, "
                    + "uploaded_by) values (?, ?, 'x.pdf', 'application/pdf', 8, 'x', 'rep1')", n, kind.name());
        }
        long version = fixtures.versionOf("nomination", n);
        MockHttpServletResponse refused = send(post("/nominations/" + n + "/appraise").param("note", "")
                .param("override", "  ").param("version", String.valueOf(version)), "staff");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("Đề nghị chưa đủ điều kiện khen thưởng: ghi rõ lý do nếu vẫn chuyển tiếp.");
        assertThat(fixtures.jdbc().queryForObject("select status from nomination where id = ?", String.class, n)).isEqualTo("SUBMITTED");

        MockHttpServletResponse done = send(post("/nominations/" + n + "/appraise").param("note", "")
                .param("override", "Có thành tích đột xuất trong phòng chống thiên tai năm 2025")
                .param("version", String.valueOf(version)), "staff");
        assertThat(done.getRedirectedUrl()).isEqualTo("/nominations/" + n);
        assertThat(fixtures.jdbc().queryForObject("select status || ' ' || eligibility_override from nomination where id = ?",
                String.class, n)).isEqualTo("APPRAISED Có thành tích đột xuất trong phòng chống thiên tai năm 2025");
        assertThat(fixtures.jdbc().queryForObject("select after_state from audit_record where entity_type = 'Nomination' "
                + "and entity_id = ? and action = 'APPRAISE'", String.class, n)).contains("phòng chống thiên tai");
        MockHttpServletResponse sheet = send(get("/nominations/" + n + "/appraisal-sheet"), "staff");
        try (PDDocument document = Loader.loadPDF(sheet.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Vẫn chuyển tiếp dù chưa đủ điều kiện, vì: Có thành tích đột xuất trong phòng chống thiên tai năm 2025");
        }
        assertThat(text(send(get("/nominations/" + n), "rep1")))
                .contains("Vẫn chuyển tiếp dù chưa đủ điều kiện, vì: Có thành tích đột xuất");
        assertThat(fixtures.jdbc().queryForObject("select eligibility_at_appraisal from nomination where id = ?", String.class, n))
                .isEqualTo("NOT_MET");

        // before the council: the appraisal's conclusion and its reason beside the nominee
        long session = fixtures.count("insert into council_session (title, held_on, quorum, approval_threshold, created_by, "
                + "search_key) values ('Phiên kiểm thử điều kiện', current_date, 1, 1, 'staff', 'x') returning id");
        fixtures.jdbc().update("insert into council_member (session_id, account_id) values (?, ?)", session,
                fixtures.accountId("staff"));
        fixtures.jdbc().update("update nomination set council_session_id = ? where id = ?", session, n);
        assertThat(text(send(get("/council-sessions/" + session), "staff"))).contains("Thẩm định: Không đủ điều kiện")
                .contains("vì: Có thành tích đột xuất trong phòng chống thiên tai năm 2025");
    }

    /** A person chosen on a nomination works in its unit; else the form says so and nothing is proposed. */
    @Test
    void aPersonOfAnotherUnitCannotBeNamedOnTheNomination() throws Exception {
        long otherUnit = fixtures.count("select min(id) from unit where agency_id = ? and id <> ? and status = 'ACTIVE'",
                fixtures.agencyOf("rep1"), unit);
        long person = fixtures.person(otherUnit, "Đàm Thị Kiểm Thử");
        long before = fixtures.count("select count(*) from nomination");
        MockHttpServletResponse response = send(post("/nominations").param("unitId", String.valueOf(unit))
                .param("nomineeType", "INDIVIDUAL").param("personId", String.valueOf(person)).param("individualName", "")
                .param("individualPosition", "").param("birthYear", "").param("gender", "").param("formId", String.valueOf(bangKhen))
                .param("year", "2025").param("achievements", "Thành tích đã gõ").param("_reportIds", "on"), "rep1");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(response)).contains("Người được chọn không công tác ở đơn vị của đề nghị.").contains("Thành tích đã gõ");
        assertThat(fixtures.count("select count(*) from nomination")).isEqualTo(before);
    }

    @Test
    void theAdminKeepsTheConditionsOfAFormAndBadInputChangesNothing() throws Exception {
        long flag = form("CO-MTTQ-TINH");
        long before = fixtures.count("select count(*) from commendation_condition where form_id = ?", flag);
        String[][] bad = {
            {"COLLECTIVE", "TITLES", "2", "", "", "Luật", "Chọn ít nhất một danh hiệu hoặc xếp loại."},
            {"COLLECTIVE", "INITIATIVES", "2", "", "", "Luật", "Ghi số sáng kiến và phạm vi công nhận."},
            {"COLLECTIVE", "PRIOR_FORM", "2", "", String.valueOf(flag), "Luật", "Chọn một hình thức khác của danh mục."},
            {"INDIVIDUAL", "PRIOR_FORM", "2", "", String.valueOf(bangKhen), "Luật", "Hình thức này không dành cho loại đối tượng này."},
            {"COLLECTIVE", "PRIOR_FORM", "2", "", String.valueOf(bangKhen), "", "Không được để trống"},
            {"COLLECTIVE", "PRIOR_FORM", "99", "", String.valueOf(bangKhen), "Luật", "99"}};
        for (String[] input : bad) {
            MockHttpServletResponse response = send(post("/commendation-forms/" + flag + "/conditions")
                    .param("nomineeType", input[0]).param("alternative", "2").param("kind", input[1]).param("years", input[2])
                    .param("_consecutive", "on").param("consecutive", "true").param("withinYears", "")
                    .param("_titleIds", "on").param("initiatives", input[3]).param("scope", "").param("priorFormId", input[4])
                    .param("legalBasis", input[5]).param("_setByFront", "on").param("setByFront", "true"), "admin");
            assertThat(response.getStatus()).as(String.join(" ", input)).isEqualTo(200);
            assertThat(text(response)).as(String.join(" ", input)).contains(input[6]);
        }
        assertThat(fixtures.count("select count(*) from commendation_condition where form_id = ?", flag)).isEqualTo(before);

        MockHttpServletResponse added = send(post("/commendation-forms/" + flag + "/conditions")
                .param("nomineeType", "COLLECTIVE").param("alternative", "1").param("kind", "PRIOR_FORM").param("years", "5")
                .param("_consecutive", "on").param("withinYears", "").param("_titleIds", "on").param("initiatives", "")
                .param("scope", "").param("priorFormId", String.valueOf(form("BK-MTTQ-TINH")))
                .param("legalBasis", "Tiêu chuẩn của Ban Thường trực").param("_setByFront", "on").param("setByFront", "true"), "admin");
        assertThat(added.getRedirectedUrl()).isEqualTo("/commendation-forms/" + flag + "/conditions");
        long condition = fixtures.count("select max(id) from commendation_condition where form_id = ?", flag);
        assertThat(fixtures.jdbc().queryForObject("select action from audit_record where entity_type = 'CommendationCondition' "
                + "and entity_id = ?", String.class, condition)).isEqualTo("CREATE");
        String page = text(send(get("/commendation-forms/" + flag + "/conditions"), "rep1"));
        assertThat(page).contains("Đã được tặng Bằng khen của Ủy ban MTTQ Việt Nam tỉnh trong 5 năm")
                .contains("3 năm liên tục đạt Hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc")
                .doesNotContain("Thêm điều kiện</h2>");

        // a collective commended with the Front's Bằng khen in 2023 meets the new condition of the flag
        long other = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1"));
        fixtures.jdbc().update("insert into nomination (unit_id, nominee_type, form_id, year, achievements, status, proposed_by, "
                + "search_key, decision_id, registry_number) values (?, 'COLLECTIVE', ?, 2023, 'x', 'COMMENDED', 'rep1', 'x', "
                + "(select min(id) from decision where status = 'PUBLISHED'), 'SV-TEST-0001')", other, form("BK-MTTQ-TINH"));
        long n = fixtures.count("insert into nomination (unit_id, nominee_type, form_id, year, achievements, status, proposed_by, "
                + "search_key) values (?, 'COLLECTIVE', ?, 2025, 'x', 'SUBMITTED', 'rep1', 'x') returning id", other, flag);
        fixtures.flush();
        Fixtures.signIn(users, "staff");
        var eligibility = nominations.eligibility(nominations.getVisible(n));
        assertThat(eligibility.checks()).filteredOn(c -> c.requirement().kind() == EligibilityChecks.Kind.PRIOR_FORM)
                .singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(Status.MET);
                    assertThat(c.priors()).singleElement().satisfies(p -> assertThat(p.registryNumber()).isEqualTo("SV-TEST-0001"));
                });
        SecurityContextHolder.clearContext();

        assertThat(send(post("/commendation-forms/" + flag + "/conditions/" + condition + "/delete"), "staff").getStatus()).isEqualTo(403);
        assertThat(send(post("/commendation-forms/" + flag + "/conditions/" + condition + "/delete"), "admin").getRedirectedUrl())
                .isEqualTo("/commendation-forms/" + flag + "/conditions");
        fixtures.flush();
        assertThat(fixtures.count("select count(*) from commendation_condition where id = ?", condition)).isZero();
    }

    @Test
    void theAdminSetsTheCouncilShareAFormNeeds() throws Exception {
        long flag = form("CO-MTTQ-TINH");
        assertThat(fixtures.count("select vote_threshold_percent from commendation_form where id = ?", flag)).isEqualTo(80);
        assertThat(fixtures.count("select vote_threshold_percent from commendation_form where code = 'CSTD-TINH'")).isEqualTo(90);
        long version = fixtures.versionOf("commendation_form", flag);
        send(post("/commendation-forms/" + flag + "/vote-threshold").param("votePercent", "abc").param("version", String.valueOf(version)), "admin");
        send(post("/commendation-forms/" + flag + "/vote-threshold").param("votePercent", "120").param("version", String.valueOf(version)), "admin");
        assertThat(send(post("/commendation-forms/" + flag + "/vote-threshold").param("votePercent", "75")
                .param("version", String.valueOf(version)), "staff").getStatus()).isEqualTo(403);
        assertThat(fixtures.count("select vote_threshold_percent from commendation_form where id = ?", flag)).isEqualTo(80);
        send(post("/commendation-forms/" + flag + "/vote-threshold").param("votePercent", "75").param("version", String.valueOf(version)), "admin");
        fixtures.flush();
        assertThat(fixtures.count("select vote_threshold_percent from commendation_form where id = ?", flag)).isEqualTo(75);
    }

    @Test
    void badInputOnTheInitiativeFormKeepsWhatWasTypedAndRecordsNothing() throws Exception {
        long person = fixtures.person(unit, "Ông Văn Kiểm Thử");
        String[][] bad = {{"", "BASE", "15/06/2025", "Không được để trống"}, {"Đã gõ", "", "15/06/2025", "Đã gõ"},
            {"Đã gõ", "BASE", "15/06/2099", "Ngày công nhận không thể sau hôm nay."}, {"Đã gõ", "BASE", "31/02/2025", "Ngày không hợp lệ"}};
        for (String[] input : bad) {
            MockHttpServletResponse response = send(post("/persons/" + person + "/initiatives").param("title", input[0])
                    .param("scope", input[1]).param("recognisedBy", "Hội đồng đã gõ").param("documentNumber", "1/QĐ")
                    .param("recognisedOn", input[2]).param("usedElsewhere", ""), "staff");
            assertThat(response.getStatus()).as(String.join(" ", input)).isEqualTo(200);
            assertThat(text(response)).as(String.join(" ", input)).contains(input[3]).contains("value=\"Hội đồng đã gõ\"");
        }
        assertThat(fixtures.count("select count(*) from recognised_initiative where person_id = ?", person)).isZero();
        assertThat(send(post("/persons/" + person + "/initiatives").param("title", "x").param("scope", "BASE")
                .param("recognisedBy", "x").param("documentNumber", "1").param("recognisedOn", "15/06/2025")
                .param("usedElsewhere", ""), "rep1").getStatus()).isEqualTo(403);
    }
}
