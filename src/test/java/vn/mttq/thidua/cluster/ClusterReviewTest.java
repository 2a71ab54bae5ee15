package vn.mttq.thidua.cluster;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A cluster's year-end review: opened and closed by the year's head only, each member scoring the others (never
 * itself) or voting, the tally with ties, the minutes recorded, and the proposals become nominations with the
 * minutes in their dossier.
 */
@ThiDuaTest
@Transactional
class ClusterReviewTest {

    private static final byte[] PDF = "%PDF-1.4\n% bien ban\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private UserDetailsService users;

    private long head;
    private long interior;
    private long justice;
    private long cluster;

    private long agency(String shortName) {
        return fixtures.count("select id from agency where short_name = ?", shortName);
    }

    @BeforeEach
    void aClusterOfThree() throws Exception {
        head = fixtures.agencyOf("rep1");
        interior = agency("Sở Nội vụ");
        justice = agency("Sở Tư pháp");
        fixtures.account("rep_noivu", "Mat-Khau-Kiem-Thu-2026!", "AGENCY_REP", interior);
        fixtures.account("rep_tuphap", "Mat-Khau-Kiem-Thu-2026!", "AGENCY_REP", justice);
        send(post("/clusters").param("year", "2045").param("name", "Khối bình xét").param("kind", "BLOCK").param("_memberIds", "on")
                .param("memberIds", String.valueOf(head), String.valueOf(interior), String.valueOf(justice))
                .param("headId", String.valueOf(head)).param("deputyId", String.valueOf(interior)).param("decisionNumber", "")
                .param("decisionDate", ""), "staff");
        cluster = fixtures.count("select id from cluster_year where year = 2045");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
    }

    /** The page the redirect leads to, in the session the step answered with (where its message is kept). */
    private String after(MockHttpServletResponse step, String username) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/clusters/" + cluster).with(user(users.loadUserByUsername(username)))
                .cookie(step.getCookie("SESSION"))).andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletResponse scores(String username, long a, String sa, long b, String sb) throws Exception {
        return send(post("/clusters/" + cluster + "/review/scores").param("score[" + a + "]", sa).param("score[" + b + "]", sb), username);
    }

    @Test
    void membersScoreEachOtherNeverThemselvesAndTheTallyShowsTies() throws Exception {
        assertThat(send(post("/clusters/" + cluster + "/review").param("method", "SCORES"), "staff").getStatus()).isEqualTo(403);
        assertThat(send(post("/clusters/" + cluster + "/review").param("method", "SCORES"), "rep_noivu").getStatus()).isEqualTo(403);
        assertThat(fixtures.count("select count(*) from cluster_review where cluster_id = ?", cluster)).isZero();
        send(post("/clusters/" + cluster + "/review").param("method", "SCORES"), "rep1");
        long review = fixtures.count("select id from cluster_review where cluster_id = ?", cluster);

        MockHttpServletResponse self = scores("rep_noivu", interior, "100", head, "95");
        assertThat(after(self, "rep_noivu")).contains("Không chấm điểm hay bỏ phiếu cho đơn vị mình.");
        MockHttpServletResponse tooHigh = scores("rep_noivu", justice, "120", head, "95");
        assertThat(after(tooHigh, "rep_noivu")).contains("Điểm “120” không hợp lệ: từ 0 đến 100.").contains("value=\"120\"")
                .contains("value=\"95\"");
        assertThat(fixtures.count("select count(*) from cluster_score where review_id = ?", review)).isZero();

        scores("rep_noivu", head, "95", justice, "90");
        scores("rep_tuphap", head, "95", interior, "90");
        scores("rep1", interior, "85", justice, "85");
        scores("rep1", interior, "90", justice, "90");
        fixtures.flush();
        assertThat(fixtures.count("select count(*) from cluster_score where review_id = ?", review)).as("changed, not added").isEqualTo(6);
        String page = after(scores("rep1", interior, "90", justice, "90"), "staff");
        assertThat(page.replaceAll("\\s+", " ")).contains("<td><span>1</span> </td> <td>Sở Giáo dục và Đào tạo tỉnh Tiền Giang</td> <td class=\"text-end\">95</td>")
                .contains("<span>2</span> <span class=\"badge text-bg-warning\">bằng điểm</span></td> <td>Sở Nội vụ tỉnh Tiền Giang</td> <td class=\"text-end\">90</td>")
                .contains("<span>2</span> <span class=\"badge text-bg-warning\">bằng điểm</span></td> <td>Sở Tư pháp tỉnh Tiền Giang</td>");
    }

    @Test
    void theHeadClosesWithTheMinutesAndTheProposalsBecomeNominationsWithThem() throws Exception {
        send(post("/clusters/" + cluster + "/review").param("method", "VOTES"), "rep1");
        long review = fixtures.count("select id from cluster_review where cluster_id = ?", cluster);
        MockHttpServletResponse self = send(post("/clusters/" + cluster + "/review/vote").param("chosenId", String.valueOf(justice)), "rep_tuphap");
        assertThat(after(self, "rep_tuphap")).contains("Không chấm điểm hay bỏ phiếu cho đơn vị mình.");
        send(post("/clusters/" + cluster + "/review/vote").param("chosenId", String.valueOf(head)), "rep_tuphap");
        send(post("/clusters/" + cluster + "/review/vote").param("chosenId", String.valueOf(head)), "rep_noivu");
        send(post("/clusters/" + cluster + "/review/vote").param("chosenId", String.valueOf(interior)), "rep1");
        fixtures.flush();
        assertThat(fixtures.count("select count(*) from cluster_vote where review_id = ? and chosen_agency_id = ?", review, head)).isEqualTo(2);

        // refused for a missing part: nothing closed, what was typed given back
        MockHttpServletResponse incomplete = mvc.perform(multipart("/clusters/" + cluster + "/review/close")
                .file(new MockMultipartFile("minutes", "bien-ban.pdf", "application/pdf", PDF))
                .param("meetingDate", "05/12/2026").param("present", "").param("result", "Kết quả đã gõ")
                .with(user(users.loadUserByUsername("rep1"))).with(csrf())).andReturn().getResponse();
        assertThat(after(incomplete, "rep1")).contains("Ghi thành phần dự họp.").contains("Kết quả đã gõ").contains("value=\"05/12/2026\"");
        assertThat(fixtures.jdbc().queryForObject("select status from cluster_review where id = ?", String.class, review)).isEqualTo("OPEN");
        assertThat(mvc.perform(multipart("/clusters/" + cluster + "/review/close")
                .file(new MockMultipartFile("minutes", "bien-ban.pdf", "application/pdf", PDF)).param("meetingDate", "05/12/2026")
                .param("present", "Đủ 3 thành viên").param("result", "Suy tôn Sở GD&ĐT dẫn đầu")
                .with(user(users.loadUserByUsername("rep_noivu"))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);

        mvc.perform(multipart("/clusters/" + cluster + "/review/close")
                .file(new MockMultipartFile("minutes", "bien-ban.pdf", "application/pdf", PDF)).param("meetingDate", "05/12/2026")
                .param("present", "Đủ 3 đơn vị thành viên").param("result", "Suy tôn Sở Giáo dục và Đào tạo dẫn đầu khối")
                .with(user(users.loadUserByUsername("rep1"))).with(csrf()));
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select status from cluster_review where id = ?", String.class, review)).isEqualTo("CLOSED");
        assertThat(fixtures.count("select count(*) from cluster_minutes where review_id = ?", review)).isEqualTo(1);
        MockHttpServletResponse late = send(post("/clusters/" + cluster + "/review/vote").param("chosenId", String.valueOf(interior)), "rep_tuphap");
        assertThat(after(late, "rep_tuphap")).contains("Đợt bình xét đã kết thúc.");

        long flag = fixtures.count("select id from commendation_form where code = 'CO-MTTQ-TINH'");
        long merit = fixtures.count("select id from commendation_form where code = 'BK-MTTQ-TINH'");
        long before = fixtures.count("select count(*) from nomination");
        send(post("/clusters/" + cluster + "/review/proposals").param("form[" + head + "]", String.valueOf(flag))
                .param("form[" + interior + "]", String.valueOf(merit)).param("form[" + justice + "]", ""), "rep1");
        fixtures.flush();
        assertThat(fixtures.count("select count(*) from nomination")).isEqualTo(before + 2);
        assertThat(fixtures.jdbc().queryForList("""
                select a.short_name || ' ' || f.code || ' ' || n.status || ' ' || d.kind from cluster_proposal p
                join nomination n on n.id = p.nomination_id join unit u on u.id = n.unit_id join agency a on a.id = u.agency_id
                join commendation_form f on f.id = n.form_id join dossier_file d on d.nomination_id = n.id
                where p.review_id = ? order by a.short_name""", String.class, review))
                .containsExactly("Sở GD&ĐT CO-MTTQ-TINH DRAFT MEETING_MINUTES", "Sở Nội vụ BK-MTTQ-TINH DRAFT MEETING_MINUTES");
        long interiorNomination = fixtures.count("select nomination_id from cluster_proposal where review_id = ? and agency_id = ?",
                review, interior);
        // the agency's representative finds it, with the cluster's result in its achievements
        assertThat(HtmlUtils.htmlUnescape(send(get("/nominations/" + interiorNomination), "rep_noivu").getContentAsString()))
                .contains("Được Khối bình xét suy tôn tại Hội nghị tổng kết thi đua năm 2045 ngày 05/12/2026").contains("bien-ban.pdf");
        MockHttpServletResponse again = send(post("/clusters/" + cluster + "/review/proposals")
                .param("form[" + interior + "]", String.valueOf(merit)), "rep1");
        assertThat(after(again, "rep1")).contains("Đơn vị này đã được cụm, khối đề nghị.");
        assertThat(fixtures.count("select count(*) from nomination")).isEqualTo(before + 2);
        assertThat(send(get("/clusters/" + cluster + "/review/minutes"), "rep_tuphap").getStatus()).isEqualTo(200);
        MockHttpServletResponse workbook = send(get("/clusters/" + cluster + "/review/export"), "staff");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(workbook.getContentAsByteArray()))) {
            StringBuilder cells = new StringBuilder();
            excel.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells.toString()).contains("Khối bình xét").contains("Sở Giáo dục và Đào tạo tỉnh Tiền Giang|2")
                    .contains("Suy tôn Sở Giáo dục và Đào tạo dẫn đầu khối");
        }
        assertThat(send(get("/clusters/" + cluster + "/review/export"), "rep2").getStatus()).isEqualTo(404);
        assertThat(send(get("/clusters/" + cluster + "/review/minutes"), "rep2").getStatus()).isEqualTo(404);
    }
}
