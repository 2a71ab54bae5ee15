package vn.mttq.thidua.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.Visitor;
import vn.mttq.thidua.agency.UnitForm;
import vn.mttq.thidua.agency.UnitKind;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.pledge.PledgeService;
import vn.mttq.thidua.report.ReportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Nothing saved is lost to bad input: a form posted with empty or missing fields, a submission refused after
 * the save, an upload over the limit. No test transaction here — each request commits or rolls back as in
 * production, and the record is read back from the database afterwards.
 */
@ThiDuaTest
class SavedDataTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private UnitService units;
    @Autowired
    private ReportService reports;
    @Autowired
    private PledgeService pledges;
    @Autowired
    private Fixtures fixtures;
    @LocalServerPort
    private int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private List<Map<String, Object>> scoresOf(long report) {
        return fixtures.jdbc().queryForList(
                "select criterion_id, staff_score from report_score where report_id = ? order by criterion_id", report);
    }

    /** In the test's transaction (rolled back): the requests below see the report, then flush what they changed. */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void emptyScoreFieldsOnAnApprovedReportChangeNothing() throws Exception {
        long report = fixtures.report("Trường THPT Nguyễn Đình Chiểu (kiểm thử)", 3, "ANNUAL", 2029, true, "7");
        BigDecimal total = fixtures.jdbc().queryForObject("select total_score from report where id = ?", BigDecimal.class, report);
        List<Map<String, Object>> scores = scoresOf(report);
        long version = fixtures.versionOf("report", report);
        long audits = fixtures.count("select count(*) from audit_record where entity_type = 'Report' and entity_id = ?", report);

        MockHttpServletRequestBuilder emptied = post("/reports/" + report + "/score").param("action", "save")
                .param("version", String.valueOf(version)).with(user(users.loadUserByUsername("staff")));
        scores.forEach(s -> emptied.param("staffScores[" + s.get("criterion_id") + "]", ""));
        MockHttpServletResponse response = send(emptied);
        fixtures.flush();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Phải chấm điểm đủ mọi tiêu chí");
        assertThat(fixtures.jdbc().queryForObject("select total_score from report where id = ?", BigDecimal.class, report))
                .isEqualByComparingTo(total);
        assertThat(scoresOf(report)).isEqualTo(scores);
        assertThat(fixtures.versionOf("report", report)).isEqualTo(version);
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'Report' and entity_id = ?", report))
                .isEqualTo(audits);

        // a post that carries no score at all writes none: what was saved stays
        send(post("/reports/" + report + "/score").param("action", "save").param("version", String.valueOf(version))
                .with(user(users.loadUserByUsername("staff"))));
        fixtures.flush();
        assertThat(scoresOf(report)).isEqualTo(scores);
        assertThat(fixtures.jdbc().queryForObject("select total_score from report where id = ?", BigDecimal.class, report))
                .isEqualByComparingTo(total);
    }

    @Test
    void aFormPostedWithFieldsMissingIsRefusedAndTheRecordKeepsWhatWasSaved() throws Exception {
        UserDetails rep1 = users.loadUserByUsername("rep1");
        long unit = newUnit("Trường Tiểu học Bình Đức (kiểm thử)");
        Map<String, Object> before = fixtures.jdbc().queryForMap("select * from unit where id = ?", unit);

        MockHttpServletResponse response = send(post("/units/" + unit).with(user(rep1))
                .param("name", "Tên mới").param("version", String.valueOf(before.get("version"))));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Biểu mẫu gửi lên không đầy đủ");
        assertThat(fixtures.jdbc().queryForMap("select * from unit where id = ?", unit)).isEqualTo(before);

        // the report form without its narrative and initiative rows does not blank them
        long period = fixtures.runningPeriod("ANNUAL", 2026);
        Fixtures.signIn(users, "rep1");
        long report = reports.start(unit, period).getId();
        SecurityContextHolder.clearContext();
        long version = fixtures.versionOf("report", report);
        assertThat(send(post("/reports/" + report).with(user(rep1)).param("action", "save")
                .param("narrative", "Đã triển khai 12 mô hình").param("initiativeRows", "1")
                .param("initiatives[0].title", "Sổ tay điện tử").param("initiatives[0].field", "Chuyển đổi số")
                .param("version", String.valueOf(version))).getStatus()).isEqualTo(302);
        version = fixtures.versionOf("report", report);
        MockHttpServletResponse cut = send(post("/reports/" + report).with(user(rep1)).param("action", "save")
                .param("version", String.valueOf(version)));
        assertThat(cut.getContentAsString()).contains("Biểu mẫu gửi lên không đầy đủ");
        MockHttpServletResponse rowsLost = send(post("/reports/" + report).with(user(rep1)).param("action", "save")
                .param("narrative", "Đã triển khai 12 mô hình").param("initiativeRows", "1")
                .param("version", String.valueOf(version)));
        assertThat(rowsLost.getContentAsString()).contains("Biểu mẫu gửi lên không đầy đủ");
        assertThat(fixtures.jdbc().queryForObject("select narrative from report where id = ?", String.class, report))
                .isEqualTo("Đã triển khai 12 mô hình");
        assertThat(fixtures.count("select count(*) from initiative where report_id = ?", report)).isEqualTo(1);
        assertThat(fixtures.versionOf("report", report)).isEqualTo(version);
    }

    @Test
    void aRefusedSubmissionSavesNothingAndTheFormCanBeSavedAgainOnTheSameVersion() throws Exception {
        UserDetails rep1 = users.loadUserByUsername("rep1");
        long unit = newUnit("Trường THCS Tân Mỹ Chánh (kiểm thử)");
        long upcoming = fixtures.runningPeriod("ANNUAL", 2026);
        Fixtures.signIn(users, "rep1");
        long report = reports.start(unit, upcoming).getId();
        SecurityContextHolder.clearContext();
        long version = fixtures.versionOf("report", report);

        String form = send(get("/reports/" + report + "/edit").with(user(rep1))).getContentAsString();
        assertThat(form).doesNotContain("value=\"submit\"").contains("value=\"save\"");

        MockHttpServletResponse refused = send(post("/reports/" + report).with(user(rep1)).param("action", "submit")
                .param("narrative", "Báo cáo năm 2026 của trường").param("initiativeRows", "0")
                .param("version", String.valueOf(version)));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.getContentAsString())).contains("Báo cáo năm 2026 của trường")
                .contains("Kỳ báo cáo chưa mở")
                .contains("value=\"" + version + "\"");
        assertThat(fixtures.jdbc().queryForObject("select narrative from report where id = ?", String.class, report)).isNull();
        assertThat(fixtures.versionOf("report", report)).isEqualTo(version);
        assertThat(fixtures.jdbc().queryForObject("select status from report where id = ?", String.class, report)).isEqualTo("DRAFT");

        MockHttpServletResponse saved = send(post("/reports/" + report).with(user(rep1)).param("action", "save")
                .param("narrative", "Báo cáo năm 2026 của trường").param("initiativeRows", "0")
                .param("version", String.valueOf(version)));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(fixtures.jdbc().queryForObject("select narrative from report where id = ?", String.class, report))
                .isEqualTo("Báo cáo năm 2026 của trường");
    }

    @Test
    void aRefusedPledgeSubmissionSavesNothingEither() throws Exception {
        UserDetails rep1 = users.loadUserByUsername("rep1");
        long unit = newUnit("Trường Mầm non Hoa Sen (kiểm thử)");
        Fixtures.signIn(users, "rep1");
        long pledge = pledges.start(unit, 2026).getId();
        SecurityContextHolder.clearContext();
        long version = fixtures.versionOf("pledge", pledge);
        String signatory = fixtures.jdbc().queryForObject("select signatory_name from pledge where id = ?", String.class, pledge);

        MockHttpServletResponse refused = send(post("/pledges/" + pledge).with(user(rep1)).param("action", "submit")
                .param("titleAimed", "EXCELLENT_LABOUR_COLLECTIVE").param("signatoryName", "Nguyễn Thị Lan")
                .param("signatoryPosition", "Hiệu trưởng").param("targetRows", "0")
                .param("version", String.valueOf(version)));

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.getContentAsString())).contains("Nguyễn Thị Lan");
        assertThat(fixtures.jdbc().queryForObject("select signatory_name from pledge where id = ?", String.class, pledge))
                .isEqualTo(signatory);
        assertThat(fixtures.versionOf("pledge", pledge)).isEqualTo(version);
        assertThat(fixtures.jdbc().queryForObject("select status from pledge where id = ?", String.class, pledge)).isEqualTo("DRAFT");
    }

    @Test
    void aDossierFileOverTheLimitComesBackToTheNominationWithTheMessage() {
        long nomination = fixtures.count("""
                select min(n.id) from nomination n join unit u on u.id = n.unit_id
                where u.agency_id = ? and n.status = 'DRAFT'""", fixtures.agencyOf("rep1"));
        Visitor rep1 = new Visitor(port);
        assertThat(rep1.signIn("rep1", "ThiDua@2025")).isTrue();
        rep1.get("/nominations/" + nomination);
        long files = fixtures.count("select count(*) from dossier_file where nomination_id = ?", nomination);

        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
        Visitor.Page answer = rep1.upload("/nominations/" + nomination + "/dossier", Map.of("kind", "MEETING_MINUTES"), "lon.pdf", big);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/nominations/" + nomination + "#dossier");
        assertThat(rep1.get("/nominations/" + nomination).body()).contains("Tệp quá lớn: mỗi tệp tối đa 10 MB.");
        assertThat(fixtures.count("select count(*) from dossier_file where nomination_id = ?", nomination)).isEqualTo(files);
    }

    private long newUnit(String name) {
        Fixtures.signIn(users, "rep1");
        UnitForm form = new UnitForm();
        form.setName(name);
        form.setKind(UnitKind.SCHOOL);
        form.setContentAreaId(fixtures.runningArea(3));
        long id = units.register(fixtures.agencyOf("rep1"), form.details()).getId();
        SecurityContextHolder.clearContext();
        return id;
    }
}
