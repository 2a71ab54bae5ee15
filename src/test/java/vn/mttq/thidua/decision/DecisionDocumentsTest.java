package vn.mttq.thidua.decision;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The documents that leave the building: decisions in the administrative format with the legal basis in force on
 * their date, drafts marked and unnumbered until signed, certificates on A4 landscape in a frame. The PDFs are
 * read back as text and as positions on the page, and each rendered page is kept as a PNG under
 * {@code target/pdf-pages/} to be looked at.
 */
@ThiDuaTest
@Transactional
class DecisionDocumentsTest {

    private static final Path PAGES = Path.of("target", "pdf-pages");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private DecisionService decisions;
    @Autowired
    private DecisionBasisService basis;
    @Autowired
    private NominationService nominations;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private byte[] pdf(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Keeps each page of the PDF as a PNG, to be looked at. */
    private static void render(byte[] pdf, String name) throws IOException {
        Files.createDirectories(PAGES);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 80);
                ImageIO.write(image, "png", PAGES.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
        }
    }

    private long demoDecisionOf(int year) {
        return fixtures.count("select id from decision where year = ? and status = 'PUBLISHED' order by id limit 1", year);
    }

    @Test
    void theDemoDecisionsCiteTheLegalBasisInForceOnTheirDate() throws Exception {
        long of2022 = demoDecisionOf(2022);
        byte[] first = pdf("/decisions/" + of2022 + "/pdf");
        render(first, "decision-2022");
        String text = text(first);
        assertThat(text).contains("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TIỀN GIANG").contains("BAN THƯỜNG TRỰC")
                .contains("Số: 01/QĐ-MTTQ-BTT").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc").contains("Tiền Giang, ngày 20 tháng 02 năm 2022")
                .contains("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;")
                .contains("Căn cứ Luật Thi đua, Khen thưởng số 15/2003/QH11 ngày 26 tháng 11 năm 2003 "
                        + "(được sửa đổi, bổ sung năm 2005, năm 2009 và năm 2013);")
                .contains("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017")
                .doesNotContain("06/2022/QH15").doesNotContain("98/2023/NĐ-CP")
                .contains("QUYẾT ĐỊNH:").contains("Điều 1.").contains("Điều 2.").contains("Điều 3.")
                .contains("Nơi nhận:").contains("- Như Điều 3;").contains("TM. BAN THƯỜNG TRỰC").contains("CHỦ TỊCH")
                .contains("Nguyễn Văn An").contains("DANH SÁCH")
                .contains("(Kèm theo Quyết định số 01/QĐ-MTTQ-BTT ngày 20 tháng 02 năm 2022")
                .doesNotContain("DỰ THẢO");
        for (Map<String, Object> awardee : fixtures.jdbc().queryForList(
                "select unit_name, registry_number from nomination where decision_id = ?", of2022)) {
            assertThat(text).contains((String) awardee.get("unit_name")).contains((String) awardee.get("registry_number"));
        }

        String of2024 = text(pdf("/decisions/" + demoDecisionOf(2024) + "/pdf"));
        assertThat(of2024).contains("Tiền Giang, ngày 20 tháng 02 năm 2024")
                .contains("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;")
                .contains("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023")
                .doesNotContain("15/2003/QH11").doesNotContain("91/2017/NĐ-CP");
    }

    @Test
    void theDecisionsBlocksStandWhereTheFormatPutsThem() throws Exception {
        Map<String, float[]> at = positions(pdf("/decisions/" + demoDecisionOf(2023) + "/pdf"),
                "Số: 01", "CỘNG HÒA", "Độc lập", "Tiền Giang, ngày", "QUYẾT ĐỊNH:", "Điều 3.", "Nơi nhận:",
                "TM. BAN THƯỜNG TRỰC", "DANH SÁCH");
        float width = 595;
        // header: the number under the issuing body on the left, the motto and the date line on the right
        assertThat(at.get("Số: 01")[0]).isLessThan(width / 2);
        assertThat(at.get("CỘNG HÒA")[0]).isGreaterThan(width * 0.4f);
        assertThat(at.get("Tiền Giang, ngày")[0]).isGreaterThan(width * 0.4f);
        assertThat(at.get("Độc lập")[1]).isGreaterThan(at.get("CỘNG HÒA")[1]);
        assertThat(at.get("CỘNG HÒA")[1]).isLessThan(110);
        // then the body, then recipients on the left beside the signature block on the right, on page one
        assertThat(at.get("QUYẾT ĐỊNH:")[1]).isGreaterThan(at.get("Tiền Giang, ngày")[1]);
        assertThat(at.get("Nơi nhận:")[1]).isGreaterThan(at.get("Điều 3.")[1]);
        assertThat(at.get("Nơi nhận:")[0]).isLessThan(width / 3);
        assertThat(at.get("TM. BAN THƯỜNG TRỰC")[0]).isGreaterThan(width / 2);
        assertThat(Math.abs(at.get("TM. BAN THƯỜNG TRỰC")[1] - at.get("Nơi nhận:")[1])).isLessThan(20);
        assertThat(at.get("Nơi nhận:")[2]).isEqualTo(1);
        // the attached list on a page of its own; the left margin is the format's 30 mm
        assertThat(at.get("DANH SÁCH")[2]).isEqualTo(2);
        assertThat(at.get("Nơi nhận:")[0]).isBetween(84f, 90f);
    }

    /** For each string, where its first letter stands: x, y from the top, page (from 1). */
    private static Map<String, float[]> positions(byte[] pdf, String... wanted) throws IOException {
        Map<String, float[]> found = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> letters) throws IOException {
                    for (String w : wanted) {
                        // the words of a centred or justified line may stand more than one space apart
                        java.util.regex.Matcher match = java.util.regex.Pattern.compile(
                                java.util.regex.Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).matcher(line);
                        int index = match.find() ? match.start() : -1;
                        if (index >= 0 && !found.containsKey(w)) {
                            TextPosition letter = letters.get(Math.min(index, letters.size() - 1));
                            found.put(w, new float[] {letter.getXDirAdj(), letter.getYDirAdj(), getCurrentPageNo()});
                        }
                    }
                    super.writeString(line, letters);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        assertThat(found.keySet()).containsExactlyInAnyOrder(wanted);
        return found;
    }

    private long approved(long unit, int year, String individual) {
        return fixtures.count("""
                insert into nomination (unit_id, nominee_type, person_id, individual_name, individual_position, birth_year, gender,
                                        form_id, year, achievements, status, proposed_by, search_key)
                values (?, ?, ?, ?, ?, ?, ?, (select id from commendation_form where code = 'BK-MTTQ-TINH'), ?,
                        'Hoàn thành xuất sắc nhiệm vụ (kiểm thử).', 'APPROVED', 'rep1', 'x') returning id""",
                unit, individual == null ? "COLLECTIVE" : "INDIVIDUAL", individual == null ? null : fixtures.person(unit, individual),
                individual, individual == null ? null : "Giáo viên",
                individual == null ? null : 1980, individual == null ? null : "FEMALE", year);
    }

    private DecisionForm form(LocalDate on, List<Long> nominees) {
        DecisionForm form = DecisionForm.of(decisions.newDraft("Nguyễn Văn An"));
        form.setSignedOn(on);
        form.setLegalBasis(basis.citations(DecisionKind.COMMENDATION, on));
        form.setNominationIds(new LinkedHashSet<>(nominees));
        return form;
    }

    @Test
    void aDraftIsMarkedAndUnnumberedUntilSignedAndItsNomineesWaitOnIt() throws Exception {
        long unit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1"));
        long first = approved(unit, 2026, null);
        long second = approved(unit, 2026, "Phạm Thị Kim Loan");
        Fixtures.signIn(users, "admin");
        LocalDate on = LocalDate.of(2026, 12, 5);
        Decision draft = decisions.draft(form(on, List.of(first, second)).details());
        fixtures.flush();
        assertThat(draft.getNumber()).isNull();
        assertThat(nominations.awaitingDecision()).extracting(n -> n.getId()).doesNotContain(first, second);

        byte[] pdf = pdf("/decisions/" + draft.getId() + "/pdf");
        render(pdf, "decision-draft");
        // the watermark's letters are drawn slanted across the page: read without the spaces extraction puts between them
        assertThat(text(pdf).replaceAll("\\s+", "")).contains("DỰTHẢO");
        assertThat(text(pdf)).contains("Số: /QĐ-MTTQ-BTT")
                .as("issued after the reorganisation: by the new province's Front")
                .contains("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG THÁP").contains("Đồng Tháp, ngày 05 tháng 12 năm 2026")
                .contains("06/2022/QH15").contains("Bà Phạm Thị Kim Loan");
        assertThat(mvc.perform(get("/decisions/" + draft.getId() + "/certificates").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getStatus()).as("no certificate before signing").isEqualTo(404);

        // correcting the draft: one nominee left out waits for a decision again
        Fixtures.signIn(users, "admin");
        DecisionForm corrected = DecisionForm.of(draft, List.of(first));
        corrected.setRecipients("Như Điều 3;\nSở Giáo dục và Đào tạo;\nLưu: VT, PT.");
        decisions.updateDraft(draft.getId(), corrected.details(), corrected.getVersion());
        fixtures.flush();
        assertThat(nominations.awaitingDecision()).extracting(n -> n.getId()).contains(second).doesNotContain(first);

        Decision signed = decisions.sign(draft.getId(), fixtures.versionOf("decision", draft.getId()),
                decisions.signing(draft.getId()).confirmation());
        fixtures.flush();
        assertThat(signed.getCode()).matches("\\d{2,}/QĐ-MTTQ-BTT");
        assertThat(fixtures.jdbc().queryForObject("select registry_number from nomination where id = ?", String.class, first))
                .startsWith("SV-2026-");
        String text = text(pdf("/decisions/" + draft.getId() + "/pdf"));
        Fixtures.signIn(users, "admin");
        assertThat(text).doesNotContain("DỰ THẢO").contains("Số: " + signed.getCode()).contains("- Sở Giáo dục và Đào tạo;");
        assertThatThrownBy(() -> decisions.updateDraft(draft.getId(), corrected.details(), corrected.getVersion())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> decisions.discard(draft.getId()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("decision.error.signed"));

        // a discarded draft gives its nominees back
        Decision other = decisions.draft(form(on, List.of(second)).details());
        fixtures.flush();
        decisions.discard(other.getId());
        fixtures.flush();
        assertThat(nominations.awaitingDecision()).extracting(n -> n.getId()).contains(second);
        assertThat(fixtures.count("select count(*) from decision where id = ?", other.getId())).isZero();
    }

    @Test
    void theAttachedListRepeatsItsHeaderOnEveryPage() throws Exception {
        long unit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1"));
        List<Long> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            many.add(approved(unit, 2026, i % 2 == 0 ? null : "Cá nhân kiểm thử số " + i));
        }
        Fixtures.signIn(users, "admin");
        Decision draft = decisions.draft(form(LocalDate.of(2026, 12, 5), many).details());
        fixtures.flush();
        byte[] pdf = pdf("/decisions/" + draft.getId() + "/pdf");
        render(pdf, "decision-long-list");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("Tập thể, cá nhân")
                        .contains("Hình thức khen thưởng");
            }
        }
        assertThat(text(pdf)).contains("Cá nhân kiểm thử số 43").contains("Khen thưởng 23 tập thể và 22 cá nhân");
    }

    @Test
    void certificatesPrintOnA4LandscapeInAFrameOnePageEach() throws Exception {
        long decision = demoDecisionOf(2025);
        List<Map<String, Object>> awardees = fixtures.jdbc().queryForList(
                "select unit_name, individual_name, registry_number from nomination where decision_id = ? order by id", decision);
        byte[] pdf = pdf("/decisions/" + decision + "/certificates");
        render(pdf, "certificates-2025");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(awardees.size());
            var page = document.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(width).as("A4 landscape").isBetween(841f, 843f);
            assertThat(height).isBetween(594f, 596f);
        }
        String text = text(pdf);
        assertThat(text).contains("BẰNG KHEN").contains("CỜ THI ĐUA").contains("Quyết định số 01/QĐ-MTTQ-BTT")
                .contains("ngày 20 tháng 02 năm 2025").contains("Tiền Giang, ngày 20 tháng 02 năm 2025")
                .contains("phong trào thi đua “Đoàn kết sáng tạo” năm 2024").contains("TM. BAN THƯỜNG TRỰC");
        for (Map<String, Object> awardee : awardees) {
            assertThat(text).contains((String) awardee.get("registry_number"));
            assertThat(text).contains(awardee.get("individual_name") != null
                    ? (String) awardee.get("individual_name") : (String) awardee.get("unit_name"));
        }
        // the frame is drawn: the page is not blank at its edge
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(image.getRGB(18, image.getHeight() / 3) & 0xFFFFFF).as("the frame's red line").isNotEqualTo(0xFFFFFF);
        }
    }

    @Test
    void theAdminKeepsTheLegalBasisAndABadDateChangesNothing() throws Exception {
        var admin = users.loadUserByUsername("admin");
        long before = fixtures.count("select count(*) from decision_basis");
        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/decision-basis").with(user(admin)).with(csrf())
                .param("title", "Quy chế thi đua, khen thưởng (kiểm thử)").param("number", "12/QĐ-MTTQ")
                .param("issuedOn", "01/03/2025").param("description", "").param("inForceFrom", "01/04/2025")
                .param("inForceUntil", "01/01/2025").param("kinds", "COMMENDATION").param("sortOrder", "30"))
                .andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("Ngày hết hiệu lực không được trước ngày có hiệu lực.").contains("12/QĐ-MTTQ");
        assertThat(fixtures.count("select count(*) from decision_basis")).isEqualTo(before);

        MockHttpServletResponse saved = mvc.perform(post("/decision-basis").with(user(admin)).with(csrf())
                .param("title", "Quy chế thi đua, khen thưởng của Ủy ban MTTQ Việt Nam tỉnh (kiểm thử)")
                .param("number", "12/QĐ-MTTQ").param("issuedOn", "01/03/2025").param("description", "")
                .param("inForceFrom", "01/04/2025").param("inForceUntil", "").param("kinds", "COMMENDATION")
                .param("sortOrder", "30")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/decision-basis");
        fixtures.flush();
        assertThat(basis.citations(DecisionKind.COMMENDATION, LocalDate.of(2025, 5, 1)))
                .contains("Căn cứ Quy chế thi đua, khen thưởng của Ủy ban MTTQ Việt Nam tỉnh (kiểm thử) số 12/QĐ-MTTQ "
                        + "ngày 01 tháng 3 năm 2025;");
        assertThat(basis.citations(DecisionKind.EMULATION_TITLE, LocalDate.of(2025, 5, 1))).doesNotContain("kiểm thử");
        assertThat(basis.citations(DecisionKind.COMMENDATION, LocalDate.of(2025, 3, 31))).doesNotContain("kiểm thử");
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'DecisionBasis' and action = 'CREATE' "
                + "and actor = 'admin'")).isEqualTo(1);
        assertThat(mvc.perform(post("/decision-basis").with(user(users.loadUserByUsername("staff"))).with(csrf())
                .param("title", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aDecisionsCertificatesAreRenderedWithAFixedNumberOfStatements() throws Exception {
        long decision = demoDecisionOf(2025);
        long awardees = fixtures.count("select count(*) from nomination where decision_id = ?", decision);
        assertThat(awardees).isGreaterThan(3);
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.clear();
        pdf("/decisions/" + decision + "/certificates");
        // the decision, its awardees, the campaigns — not one statement per certificate
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4);
    }
}
