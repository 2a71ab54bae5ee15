package vn.mttq.thidua.eligibility;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.decision.DecisionBasisService;
import vn.mttq.thidua.decision.DecisionKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the demo shows of issue 22, as a newcomer finds it: a Bằng khen nomination whose nominee has one Chiến sĩ thi
 * đua cơ sở instead of two, the condition not met with the records behind it; an eligible one, moved across the 2025
 * reorganisation; the appraisal sheet as PDF; a 2026 draft decision citing Decree 152/2025/NĐ-CP.
 */
@ThiDuaTest
@Transactional
class DemoEligibilityTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private DecisionBasisService basis;

    private long nominationOf(String name) {
        return fixtures.count("select id from nomination where individual_name = ? and year = 2025", name);
    }

    private MockHttpServletResponse get(String path, String username) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }

    @Test
    void staffSeeTheBangKhenWithOneGrassrootsFighterNotMetWithItsRecords() throws Exception {
        String page = HtmlUtils.htmlUnescape(get("/nominations/" + nominationOf("Võ Thị Mỹ Hạnh"), "staff").getContentAsString());
        assertThat(page).contains("Bằng khen của Chủ tịch UBND tỉnh").contains("Không đủ điều kiện").contains("Không đạt")
                .contains("2 năm liên tục đạt Chiến sĩ thi đua cơ sở")
                .contains("Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d")
                .contains("Chiến sĩ thi đua cơ sở (Số 2150/QĐ-SGDĐT, ngày 20/08/2025, Sở Giáo dục và Đào tạo tỉnh Đồng Tháp)")
                .contains("Lao động tiên tiến (Số 1875/QĐ-SGDĐT, ngày 15/08/2024, Sở Giáo dục và Đào tạo tỉnh Tiền Giang)");
    }

    @Test
    void theOfficerMovedAcrossTheReorganisationMeetsEveryCondition() throws Exception {
        long nomination = nominationOf("Nguyễn Hoàng Nam");
        String page = HtmlUtils.htmlUnescape(get("/nominations/" + nomination, "staff").getContentAsString());
        assertThat(page).contains("Đủ điều kiện theo các tiêu chuẩn đã ghi nhận").doesNotContain("Không đạt").doesNotContain("Chưa rõ")
                .contains("Sổ tay điện tử vận động Quỹ Vì người nghèo").contains("Đã tính cho đề nghị này")
                .contains("Ủy ban MTTQ Việt Nam huyện Châu Thành").contains("Ủy ban MTTQ Việt Nam xã Cái Bè");
        long person = fixtures.count("select person_id from nomination where id = ?", nomination);
        String history = HtmlUtils.htmlUnescape(get("/persons/" + person, "rep2").getContentAsString());
        assertThat(history).contains("02/01/2019 – 30/06/2025").contains("01/07/2025 – nay");
        // rep1's department reaches neither the nomination nor the person
        assertThat(get("/nominations/" + nomination, "rep1").getStatus()).isEqualTo(404);
        assertThat(get("/persons/" + person, "rep1").getStatus()).isEqualTo(404);
    }

    @Test
    void theAppraisalSheetOpensAsAPdfWithTheConditionsAndTheirEvidence() throws Exception {
        long nomination = nominationOf("Võ Thị Mỹ Hạnh");
        MockHttpServletResponse sheet = get("/nominations/" + nomination + "/appraisal-sheet", "staff");
        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(sheet.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("PHIẾU THẨM ĐỊNH HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG").contains("Võ Thị Mỹ Hạnh")
                    .contains("2 năm liên tục đạt Chiến sĩ thi đua cơ sở").contains("Điều 74 khoản 1 điểm d")
                    .contains("1875/QĐ-").contains("Lao động tiên tiến").contains("Không đạt").contains("Không đủ điều kiện")
                    .contains("NGƯỜI THẨM ĐỊNH");
        }
        assertThat(get("/nominations/" + nomination + "/appraisal-sheet", "rep1").getStatus()).isEqualTo(200);
        assertThat(get("/nominations/" + nomination + "/appraisal-sheet", "rep2").getStatus()).isEqualTo(404);
    }

    @Test
    void aDraftDecisionOf2026CitesDecree152OfTheYear2025() {
        String draft = fixtures.jdbc().queryForObject("select legal_basis from decision where status = 'DRAFT' and year = 2026 "
                + "order by id limit 1", String.class);
        assertThat(draft).contains("Căn cứ Nghị định số 152/2025/NĐ-CP").contains("Căn cứ Thông tư số 15/2025/TT-BNV")
                .doesNotContain("98/2023");
        assertThat(basis.citations(DecisionKind.COMMENDATION, java.time.LocalDate.of(2026, 3, 1)))
                .contains("152/2025/NĐ-CP").doesNotContain("98/2023");
        assertThat(basis.citations(DecisionKind.COMMENDATION, java.time.LocalDate.of(2025, 6, 30)))
                .contains("98/2023/NĐ-CP").doesNotContain("152/2025");
        // the decisions signed before keep the basis they were signed with
        assertThat(fixtures.count("select count(*) from decision where status = 'PUBLISHED' and legal_basis like '%98/2023/NĐ-CP%'"))
                .isPositive();
    }
}
