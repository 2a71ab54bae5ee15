package vn.mttq.thidua.eligibility;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.EligibilityChecks;
import vn.mttq.thidua.commendation.EligibilityChecks.Eligibility;
import vn.mttq.thidua.commendation.EligibilityChecks.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A collective's eligibility from its titles and ratings year by year, against the conditions the catalogue keeps
 * as data (V35): the Bằng khen of the province's chairman asks two consecutive years of Hoàn thành xuất sắc nhiệm vụ
 * or Tập thể lao động xuất sắc (Law 06/2022/QH15 Art. 74 cl. 2), the Front's Cờ thi đua three.
 */
@ThiDuaTest
@Transactional
class EligibilityTest {

    @Autowired
    private EligibilityChecks checks;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private long unit;
    private long otherUnit;
    private long bangKhen;
    private long flag;

    @BeforeEach
    void choose() {
        unit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1"));
        otherUnit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep2"));
        bangKhen = fixtures.count("select id from commendation_form where code = 'BK-CT-UBND-TINH'");
        flag = fixtures.count("select id from commendation_form where code = 'CO-MTTQ-TINH'");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void title(long unitId, String code, int year) {
        fixtures.jdbc().update("insert into title_award (unit_id, title_id, year, deciding_body, document_number, decided_on, "
                + "entered_by) values (?, (select id from emulation_title where code = ?), ?, 'UBND tỉnh', ?, make_date(? + 1, 1, 15), "
                + "'staff')", unitId, code, year, year + "/QĐ-UBND", year);
    }

    @Test
    void twoConsecutiveYearsOfTheTitlesAskedForAreMet() {
        title(unit, "HTXSNV", 2023);
        title(unit, "TTLDXS", 2024);
        Eligibility e = checks.of(EligibilityChecks.Subject.collective(unit, bangKhen, 2024));
        assertThat(e.overall()).isEqualTo(Status.MET);
        assertThat(e.checks()).singleElement().satisfies(c -> {
            assertThat(c.requirement().legalBasis()).contains("06/2022/QH15").contains("Điều 74");
            assertThat(c.found()).extracting(EligibilityChecks.YearFound::year).containsExactly(2024, 2023);
            assertThat(c.found()).extracting(EligibilityChecks.YearFound::status).containsOnly(Status.MET);
            assertThat(c.found().get(0).awards()).singleElement().satisfies(a -> assertThat(a.documentNumber()).isEqualTo("2024/QĐ-UBND"));
        });
    }

    @Test
    void aYearWithAnotherRatingIsNotMetAndAYearWithNothingRecordedIsUnknown() {
        title(unit, "TTLDXS", 2024);
        title(unit, "HTTNV", 2023);
        assertThat(checks.of(EligibilityChecks.Subject.collective(unit, bangKhen, 2024)).overall()).isEqualTo(Status.NOT_MET);
        title(otherUnit, "HTXSNV", 2024);
        Eligibility unknown = checks.of(EligibilityChecks.Subject.collective(otherUnit, bangKhen, 2024));
        assertThat(unknown.overall()).isEqualTo(Status.UNKNOWN);
        assertThat(unknown.checks().get(0).found()).extracting(EligibilityChecks.YearFound::status)
                .containsExactly(Status.MET, Status.UNKNOWN);
        // the years counted are those up to the achievement's: for 2025, 2024 and 2025 — 2025 has nothing yet
        assertThat(checks.of(EligibilityChecks.Subject.collective(unit, bangKhen, 2025)).overall()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void theFrontsFlagAsksThreeYearsAndSaysItIsTheFrontsOwnCriterion() {
        title(unit, "HTXSNV", 2023);
        title(unit, "HTXSNV", 2024);
        Eligibility two = checks.of(EligibilityChecks.Subject.collective(unit, flag, 2024));
        assertThat(two.overall()).isEqualTo(Status.UNKNOWN);
        assertThat(two.checks().get(0).requirement().setByFront()).isTrue();
        title(unit, "TTLDTT", 2022);
        assertThat(checks.of(EligibilityChecks.Subject.collective(unit, flag, 2024)).overall()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aFormWithoutConditionsHasNoChecks() {
        long giayKhen = fixtures.count("select id from commendation_form where code = 'GIAY-KHEN'");
        assertThat(checks.of(EligibilityChecks.Subject.collective(unit, giayKhen, 2024)).hasConditions()).isFalse();
    }

    /** The nomination page shows each condition with the records behind it, in a handful of statements. */
    @Test
    void theNominationShowsItsConditionsWithTheRecordsBehindThem() throws Exception {
        title(unit, "TTLDXS", 2024);
        title(unit, "HTTNV", 2023);
        for (int year = 2010; year < 2023; year++) {
            title(unit, "HTXSNV", year);
        }
        long nomination = fixtures.count("insert into nomination (unit_id, nominee_type, form_id, year, achievements, status, "
                + "proposed_by, search_key) values (?, 'COLLECTIVE', ?, 2024, 'Thành tích', 'SUBMITTED', 'rep1', 'x') returning id",
                unit, bangKhen);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        MockHttpServletResponse staff = mvc.perform(get("/nominations/" + nomination).with(user(users.loadUserByUsername("staff"))))
                .andReturn().getResponse();
        assertThat(staff.getStatus()).isEqualTo(200);
        assertThat(statistics.getPrepareStatementCount()).as("the appraisal page, whatever the history's size").isLessThanOrEqualTo(8);
        String page = HtmlUtils.htmlUnescape(staff.getContentAsString());
        assertThat(page).contains("Điều kiện khen thưởng").contains("Không đủ điều kiện").contains("Không đạt")
                .contains("2 năm liên tục đạt Hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc")
                .contains("Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 2")
                .contains("đến năm 2024,").contains("<span>2024: </span>")
                .contains("Tập thể lao động xuất sắc (Số 2024/QĐ-UBND, ngày 15/01/2025, UBND tỉnh)")
                .contains("Hoàn thành tốt nhiệm vụ (Số 2023/QĐ-UBND, ngày 15/01/2024, UBND tỉnh)").contains("/units/" + unit + "/titles");
        String english = HtmlUtils.htmlUnescape(mvc.perform(get("/nominations/" + nomination).param("lang", "en")
                .with(user(users.loadUserByUsername("rep1")))).andReturn().getResponse().getContentAsString());
        assertThat(english).contains("Conditions of the commendation").contains("Not eligible")
                .contains("Checked against the unit's titles and ratings up to 2024,")
                .contains("2 consecutive years of Completed duties with excellence or Excellent Labour Collective");
    }

    @Test
    void staffRecordATitleAndRemoveItBothAudited() throws Exception {
        var staff = user(users.loadUserByUsername("staff"));
        long title = fixtures.count("select id from emulation_title where code = 'TTLDXS'");
        MockHttpServletResponse recorded = mvc.perform(post("/units/" + unit + "/titles").with(staff).with(csrf())
                .param("titleId", String.valueOf(title)).param("year", "2024").param("decidingBody", "UBND tỉnh Đồng Tháp")
                .param("documentNumber", "125/QĐ-UBND").param("decidedOn", "20/01/2025")).andReturn().getResponse();
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/units/" + unit + "/titles");
        long award = fixtures.count("select id from title_award where unit_id = ? and year = 2024", unit);
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'TitleAward' and entity_id = ?",
                String.class, award)).containsExactly("CREATE");
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/units/" + unit + "/titles").with(staff)).andReturn().getResponse()
                .getContentAsString());
        assertThat(page).contains("Tập thể lao động xuất sắc").contains("Số 125/QĐ-UBND, ngày 20/01/2025, UBND tỉnh Đồng Tháp");

        var removed = mvc.perform(post("/units/" + unit + "/titles/" + award + "/delete").with(staff).with(csrf())).andReturn();
        fixtures.flush();
        // the page after it says what was removed and gives it back in the form, to record again if by mistake
        // (followed in the session the removal answered with, where the flash attributes are kept)
        String after = HtmlUtils.htmlUnescape(mvc.perform(get("/units/" + unit + "/titles").with(staff)
                .cookie(removed.getResponse().getCookie("SESSION"))).andReturn().getResponse().getContentAsString());
        assertThat(after).contains("Đã xóa Tập thể lao động xuất sắc năm 2024.").contains("value=\"125/QĐ-UBND\"")
                .contains("value=\"20/01/2025\"").doesNotContain("Số 125/QĐ-UBND");
        assertThat(fixtures.count("select count(*) from title_award where id = ?", award)).isZero();
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'TitleAward' and entity_id = ?",
                String.class, award)).containsExactly("CREATE", "DELETE");
    }

    @Test
    void badInputKeepsWhatWasTypedAndRecordsNothing() throws Exception {
        var staff = user(users.loadUserByUsername("staff"));
        long title = fixtures.count("select id from emulation_title where code = 'HTXSNV'");
        title(unit, "HTXSNV", 2023);
        long before = fixtures.count("select count(*) from title_award where unit_id = ?", unit);
        List<String[]> bad = List.of(
                new String[] {"2024", "31/02/2025", "Quyết định số", "Ngày không hợp lệ"},
                new String[] {"1899", "20/01/2025", "Quyết định số", "2000"},
                new String[] {"2024", "20/01/2099", "Quyết định số", "Ngày quyết định không thể sau hôm nay."},
                new String[] {"2024", "20/01/2023", "Quyết định số", "không thể ký trước năm đó"},
                new String[] {"2023", "20/01/2024", "Quyết định số", "Đơn vị đã có danh hiệu, xếp loại này cho năm đó."},
                new String[] {"2024", "20/01/2025", "", "UBND tỉnh"});
        for (String[] input : bad) {
            MockHttpServletResponse response = mvc.perform(post("/units/" + unit + "/titles").with(staff).with(csrf())
                    .param("titleId", String.valueOf(title)).param("year", input[0]).param("decidingBody", "UBND tỉnh Đồng Tháp")
                    .param("documentNumber", input[2]).param("decidedOn", input[1])).andReturn().getResponse();
            String page = HtmlUtils.htmlUnescape(response.getContentAsString());
            assertThat(response.getStatus()).as(String.join(" ", input)).isEqualTo(200);
            assertThat(page).as(String.join(" ", input)).contains(input[3]).contains("value=\"UBND tỉnh Đồng Tháp\"");
        }
        assertThat(fixtures.count("select count(*) from title_award where unit_id = ?", unit)).isEqualTo(before);
        MockHttpServletResponse unknownTitle = mvc.perform(post("/units/" + unit + "/titles").with(staff).with(csrf())
                .param("titleId", String.valueOf(fixtures.count("select id from emulation_title where code = 'CSTDCS'")))
                .param("year", "2024").param("decidingBody", "UBND").param("documentNumber", "1").param("decidedOn", "20/01/2025"))
                .andReturn().getResponse();
        assertThat(HtmlUtils.htmlUnescape(unknownTitle.getContentAsString())).contains("danh hiệu, xếp loại của tập thể");
        assertThat(fixtures.count("select count(*) from title_award where unit_id = ?", unit)).isEqualTo(before);
    }

    @Test
    void aRepresentativeReadsTheirOwnUnitsTitlesOnly() throws Exception {
        var rep = user(users.loadUserByUsername("rep1"));
        title(unit, "HTXSNV", 2024);
        title(otherUnit, "HTXSNV", 2024);
        MockHttpServletResponse own = mvc.perform(get("/units/" + unit + "/titles").with(rep)).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(own.getContentAsString())).contains("2024/QĐ-UBND").doesNotContain("Ghi nhận danh hiệu, xếp loại");
        assertThat(mvc.perform(get("/units/" + otherUnit + "/titles").with(rep)).andReturn().getResponse().getStatus()).isEqualTo(404);
        long award = fixtures.count("select id from title_award where unit_id = ?", unit);
        assertThat(mvc.perform(post("/units/" + unit + "/titles/" + award + "/delete").with(rep).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(fixtures.count("select count(*) from title_award where id = ?", award)).isEqualTo(1);
    }
}
