package vn.mttq.thidua.report;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.FlashMap;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.attachment.FileType;
import vn.mttq.thidua.attachment.FileTypeTest;
import vn.mttq.thidua.web.Forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Uploads over the limits or of a forbidden kind are refused with a message; an accepted one keeps its bytes. */
@ThiDuaTest
@Transactional
class EvidenceUploadTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ReportService reports;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private long report;
    private UserDetails rep1;

    @BeforeEach
    void draftReport() {
        rep1 = users.loadUserByUsername("rep1");
        Fixtures.signIn(users, "rep1");
        long unit = fixtures.takePart(fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1")), 1);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        long period = fixtures.window("MID_TERM_REVIEW", 2028, today.minusDays(3), today.plusDays(3), today.plusDays(10));
        report = reports.start(unit, period).getId();
        fixtures.flush();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MvcResult upload(String name, String declaredType, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/reports/" + report + "/evidence")
                .file(new MockMultipartFile("file", name, declaredType, bytes)).with(user(rep1)).with(csrf())).andReturn();
    }

    private static String problem(MvcResult result) {
        FlashMap flash = result.getFlashMap();
        Forms.Flash problem = (Forms.Flash) flash.get("problem");
        return problem == null ? null : problem.key();
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
        MvcResult result = upload("lon.pdf", "application/pdf", big);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + report + "/edit#evidence");
        assertThat(problem(result)).isEqualTo("evidence.error.tooLarge");
        assertThat(fixtures.count("select count(*) from evidence_file where report_id = ?", report)).isZero();
    }

    @Test
    void aFileWhoseBytesAreNotOfAnAcceptedKindIsRefusedWhateverItsName() throws Exception {
        assertThat(problem(upload("bao-cao.pdf", "application/pdf", "<html>không phải PDF</html>".getBytes())))
                .isEqualTo("evidence.error.type");
        assertThat(problem(upload("bang-tinh.xlsx", FileType.XLSX, FileTypeTest.zip("evil.exe"))))
                .isEqualTo("evidence.error.type");
        assertThat(problem(upload("trong.pdf", "application/pdf", new byte[0]))).isEqualTo("evidence.error.empty");
        assertThat(fixtures.count("select count(*) from evidence_file where report_id = ?", report)).isZero();
        // the message reaches the page through the session, as in a browser
        MvcResult refused = upload("bao-cao.pdf", "application/pdf", "<html>không phải PDF</html>".getBytes());
        String page = mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(user(rep1))
                .cookie(refused.getResponse().getCookie("SESSION"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Loại tệp không được chấp nhận");
    }

    @Test
    void aFileIsStoredUnderTheNameOfItsRealTypeAndMacrosAreRefused() throws Exception {
        assertThat(problem(upload("trang\u202Eexe.html", "text/html", "%PDF-1.4 minh chứng".getBytes()))).isNull();
        assertThat(fixtures.jdbc().queryForObject("select file_name from evidence_file where report_id = ?", String.class, report))
                .isEqualTo("trangexe.pdf");
        byte[] docm = FileTypeTest.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
        assertThat(problem(upload("bien-ban.docx", FileType.DOCX, docm))).isEqualTo("evidence.error.macros");
        assertThat(fixtures.count("select count(*) from evidence_file where report_id = ?", report)).isEqualTo(1);
    }

    @Test
    void theTwentyFirstFileIsRefused() throws Exception {
        for (int i = 0; i < 20; i++) {
            fixtures.jdbc().update("insert into evidence_file (report_id, file_name, content_type, size_bytes, sha256, "
                    + "uploaded_by) values (?, ?, 'application/pdf', 8, 'x', 'rep1')", report, "tep-" + i + ".pdf");
        }
        assertThat(problem(upload("tep-21.pdf", "application/pdf", "%PDF-1.4".getBytes()))).isEqualTo("evidence.error.tooMany");
        assertThat(fixtures.count("select count(*) from evidence_file where report_id = ?", report)).isEqualTo(20);
    }

    @Test
    void anAcceptedFileIsStoredWithTheTypeOfItsBytesAndDownloadsAsSent() throws Exception {
        byte[] docx = FileTypeTest.zip("[Content_Types].xml", "word/document.xml");
        MvcResult result = upload("Biên bản họp chi bộ.docx", "text/plain", docx);
        assertThat(problem(result)).isNull();
        assertThat(fixtures.jdbc().queryForObject("select content_type from evidence_file where report_id = ?", String.class, report))
                .isEqualTo(FileType.DOCX);
        long file = fixtures.count("select id from evidence_file where report_id = ?", report);
        MockHttpServletResponse download = mvc.perform(get("/reports/" + report + "/evidence/" + file).with(user(rep1)))
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(docx);
        assertThat(download.getHeader("Content-Disposition")).contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n");
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'EvidenceFile' and entity_id = ?", file))
                .isEqualTo(1);
    }
}
