package vn.mttq.thidua.cluster;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
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
import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Clusters of a year: set up and copied to the next with the head's turn passed on, reached only by their members,
 * their covenant drafted and opened by the year's head and signed by each member.
 */
@ThiDuaTest
@Transactional
class ClusterTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private ClusterService clusters;
    @Autowired
    private jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private long agency(String shortName) {
        return fixtures.count("select id from agency where short_name = ?", shortName);
    }

    private MockHttpServletRequestBuilder clusterPost(String path, String year, String name, String head, String deputy,
                                                      long... members) {
        MockHttpServletRequestBuilder request = post(path).param("year", year).param("name", name).param("kind", "BLOCK")
                .param("_memberIds", "on").param("headId", head).param("deputyId", deputy).param("decisionNumber", "9/QĐ")
                .param("decisionDate", "");
        for (long m : members) {
            request.param("memberIds", String.valueOf(m));
        }
        return request;
    }

    @Test
    void theDemoShowsThe2026ClustersWithTheCovenantRep1sDepartmentHeads() throws Exception {
        String staff = text(send(get("/clusters").param("year", "2026"), "staff"));
        assertThat(staff).contains("Khối các sở, ban, ngành tỉnh").contains("Cụm thi đua Ủy ban MTTQ các xã, phường")
                .contains("Khối các tổ chức chính trị - xã hội").contains("Đang ký").contains("Đã ký 2/16")
                .doesNotContain("Cụm thi đua Ủy ban MTTQ các huyện");
        long block = fixtures.count("select id from cluster_year where year = 2026 and name = 'Khối các sở, ban, ngành tỉnh'");
        // the head's turn passed from 2025's head to the next member in the order: rep1's department
        assertThat(fixtures.count("select head_agency_id from cluster_year where id = ?", block)).isEqualTo(fixtures.agencyOf("rep1"));
        String rep1 = text(send(get("/clusters/" + block), "rep1"));
        assertThat(rep1).contains("Giao ước thi đua năm 2026").contains("Đang ký").contains("Lê Minh Châu")
                .contains("Vận động đóng góp Quỹ “Vì người nghèo”").doesNotContain("Ký giao ước cho đơn vị tôi");
        String rep2 = text(send(get("/clusters").param("year", "2026"), "rep2"));
        assertThat(rep2).contains("Cụm thi đua Ủy ban MTTQ các xã, phường").doesNotContain("Khối các sở, ban, ngành tỉnh");
        // the list as a workbook, as the representative may see it
        MockHttpServletResponse workbook = send(get("/clusters/export").param("year", "2026"), "rep2");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(workbook.getContentAsByteArray()))) {
            StringBuilder cells = new StringBuilder();
            excel.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells.toString()).contains("Cụm thi đua Ủy ban MTTQ các xã, phường").doesNotContain("Khối các sở, ban, ngành tỉnh");
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(send(get("/clusters/export").param("year", "2026"), "staff").getContentAsByteArray()))) {
            StringBuilder cells = new StringBuilder();
            excel.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells.toString()).contains("Khối các sở, ban, ngành tỉnh").contains("Đang ký|Sở Giáo dục và Đào tạo tỉnh Tiền Giang; "
                    + "Sở Công Thương tỉnh Tiền Giang");
        }
        // a member of another cluster does not reach this one
        assertThat(send(get("/clusters/" + block), "rep2").getStatus()).isEqualTo(404);
        assertThat(send(get("/clusters/" + block + "/covenant.pdf"), "rep2").getStatus()).isEqualTo(404);
        assertThat(send(post("/clusters/" + block + "/covenant/sign"), "rep2").getStatus()).isEqualTo(404);
        // the 2025 reviews are closed, their result and minutes on the page
        long block2025 = fixtures.count("select id from cluster_year where year = 2025 and name = 'Khối các sở, ban, ngành tỉnh'");
        assertThat(text(send(get("/clusters/" + block2025), "staff"))).contains("Đã tổng kết").contains("Hội nghị thống nhất suy tôn")
                .contains("bien-ban-tong-ket-2025.pdf").contains("Điểm bình quân");
        // the 2025 clusters stay as they were, the district committees' with them
        assertThat(fixtures.count("select count(*) from cluster_member m join cluster_year c on c.id = m.cluster_id "
                + "join agency a on a.id = m.agency_id where c.year = 2025 and a.status = 'DISSOLVED'")).isPositive();
    }

    /** The year's list and a cluster's page read a handful of statements, whatever the number of clusters and members. */
    @Test
    void theListAndTheClustersPageRunAHandfulOfStatements() throws Exception {
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(send(get("/clusters").param("year", "2026"), "staff").getStatus()).isEqualTo(200);
        assertThat(statistics.getPrepareStatementCount()).as("the list of 2026's seven clusters").isLessThanOrEqualTo(5);
        long block = fixtures.count("select id from cluster_year where year = 2026 and name = 'Khối các sở, ban, ngành tỉnh'");
        statistics.clear();
        assertThat(send(get("/clusters/" + block), "rep1").getStatus()).isEqualTo(200);
        assertThat(statistics.getPrepareStatementCount()).as("a cluster of sixteen members").isLessThanOrEqualTo(8);
    }

    @Test
    void theHeadsTurnPassesToTheNextMemberStillActive() {
        Agency a = agencyNamed("A"), b = agencyNamed("B"), c = agencyNamed("C"), d = agencyNamed("D");
        assertThat(ClusterService.nextInTurn(List.of(a, b, c, d), b, List.of(a, b, c, d))).isEqualTo(c);
        assertThat(ClusterService.nextInTurn(List.of(a, b, c, d), b, List.of(a, b, d))).as("C left").isEqualTo(d);
        assertThat(ClusterService.nextInTurn(List.of(a, b, c, d), d, List.of(a, b, c, d))).as("round").isEqualTo(a);
        assertThat(ClusterService.nextInTurn(List.of(a, b, c, d), null, List.of(b, c))).isEqualTo(b);
    }

    private static Agency agencyNamed(String name) {
        Agency agency = new Agency(AgencyKind.OTHER, name, name);
        org.springframework.test.util.ReflectionTestUtils.setField(agency, "id", (long) name.charAt(0));
        return agency;
    }

    @Test
    void staffSetUpAClusterAndCopyItToTheNextYearWithTheTurnPassedOn() throws Exception {
        long first = agency("Sở GD&ĐT"), second = agency("Sở Nội vụ"), third = agency("Sở Tư pháp");
        MockHttpServletResponse made = send(clusterPost("/clusters", "2040", "Khối thử nghiệm", String.valueOf(first),
                String.valueOf(second), first, second, third), "staff");
        long cluster = fixtures.count("select id from cluster_year where year = 2040 and name = 'Khối thử nghiệm'");
        assertThat(made.getRedirectedUrl()).isEqualTo("/clusters/" + cluster);
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Cluster' and entity_id = ?",
                String.class, cluster)).containsExactly("CREATE");

        assertThat(send(post("/clusters/copy").param("from", "2040").param("to", "2041"), "staff").getRedirectedUrl())
                .isEqualTo("/clusters?year=2041");
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForMap("select head_agency_id, deputy_agency_id from cluster_year where year = 2041 "
                + "and name = 'Khối thử nghiệm'")).containsEntry("head_agency_id", second).containsEntry("deputy_agency_id", third);
        assertThat(fixtures.count("select count(*) from cluster_member m join cluster_year c on c.id = m.cluster_id "
                + "where c.year = 2041 and c.name = 'Khối thử nghiệm'")).isEqualTo(3);
        // copying again sets up nothing twice
        send(post("/clusters/copy").param("from", "2040").param("to", "2041"), "staff");
        assertThat(fixtures.count("select count(*) from cluster_year where year = 2041 and name = 'Khối thử nghiệm'")).isEqualTo(1);
        assertThat(send(post("/clusters/copy").param("from", "2040").param("to", "2042"), "rep1").getStatus()).isEqualTo(403);
        assertThat(fixtures.count("select count(*) from cluster_year where year = 2042")).isZero();
        // the page says how many a copy sets up; a copy made by mistake is removed, its members free again
        assertThat(text(send(get("/clusters").param("year", "2042"), "staff"))).contains("Sao chép 1 cụm, khối của năm 2041:")
                .contains("Sao chép từ năm 2041");
        long copied = fixtures.count("select id from cluster_year where year = 2041 and name = 'Khối thử nghiệm'");
        assertThat(send(post("/clusters/" + copied + "/delete"), "rep1").getStatus()).isEqualTo(403);
        assertThat(send(post("/clusters/" + copied + "/delete"), "staff").getRedirectedUrl()).isEqualTo("/clusters?year=2041");
        fixtures.flush();
        assertThat(fixtures.count("select count(*) from cluster_year where id = ?", copied)).isZero();
        assertThat(fixtures.count("select count(*) from cluster_member where year = 2041")).isZero();
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Cluster' and entity_id = ? "
                + "order by id", String.class, copied)).containsExactly("CREATE", "DELETE");
        // one with a covenant stays
        long block = fixtures.count("select id from cluster_year where year = 2026 and name = 'Khối các sở, ban, ngành tỉnh'");
        MockHttpServletResponse refused = send(post("/clusters/" + block + "/delete"), "staff");
        assertThat(refused.getRedirectedUrl()).isEqualTo("/clusters/" + block);
        assertThat(fixtures.count("select count(*) from cluster_year where id = ?", block)).isEqualTo(1);
    }

    @Test
    void badInputOnTheClusterFormKeepsWhatWasTypedAndChangesNothing() throws Exception {
        long first = agency("Sở GD&ĐT"), second = agency("Sở Nội vụ");
        long before = fixtures.count("select count(*) from cluster_year");
        Object[][] bad = {
            {"2044", "Khối đã gõ", String.valueOf(first), "", new long[] {first}, "Một cụm, khối có ít nhất hai đơn vị thành viên."},
            {"2044", "Khối đã gõ", String.valueOf(agency("Sở Tư pháp")), "", new long[] {first, second}, "Cụm trưởng phải là một đơn vị thành viên."},
            {"2044", "Khối đã gõ", String.valueOf(first), String.valueOf(first), new long[] {first, second}, "Cụm phó phải khác cụm trưởng."},
            {"2026", "Khối các sở, ban, ngành tỉnh", "", "", new long[] {first, second}, "Năm 2026 đã có cụm, khối “Khối các sở, ban, ngành tỉnh”."},
            {"2026", "Khối đã gõ", "", "", new long[] {first, second}, "Sở Giáo dục và Đào tạo tỉnh Tiền Giang đã thuộc Khối các sở, ban, ngành tỉnh trong năm này"},
            {"2044", "", "", "", new long[] {first, second}, "Không được để trống"}};
        for (Object[] input : bad) {
            MockHttpServletResponse response = send(clusterPost("/clusters", (String) input[0], (String) input[1], (String) input[2],
                    (String) input[3], (long[]) input[4]), "staff");
            assertThat(response.getStatus()).as((String) input[5]).isEqualTo(200);
            assertThat(text(response)).as((String) input[5]).contains((String) input[5]).contains("value=\"9/QĐ\"");
        }
        assertThat(fixtures.count("select count(*) from cluster_year")).isEqualTo(before);
        assertThat(send(clusterPost("/clusters", "2040", "Khối của đại diện", "", "", first, second), "rep1").getStatus()).isEqualTo(403);
        assertThat(fixtures.count("select count(*) from cluster_year")).isEqualTo(before);
    }

    /** The head drafts, opens; each member signs; when the last signs, the covenant is signed. */
    @Test
    void onlyTheYearsHeadManagesTheCovenantAndEachMemberSignsOnce() throws Exception {
        long head = fixtures.agencyOf("rep1");
        long other = agency("Sở Nội vụ");
        fixtures.account("rep_noivu", "Mat-Khau-Kiem-Thu-2026!", "AGENCY_REP", other);
        fixtures.account("rep_tuphap", "Mat-Khau-Kiem-Thu-2026!", "AGENCY_REP", agency("Sở Tư pháp"));
        send(clusterPost("/clusters", "2043", "Khối ký giao ước", String.valueOf(head), String.valueOf(other), head, other), "staff");
        long cluster = fixtures.count("select id from cluster_year where year = 2043");

        MockHttpServletResponse empty = send(post("/clusters/" + cluster + "/covenant").param("preamble", "Lời đã gõ")
                .param("shown", "1").param("targets[0].areaNumber", "1").param("targets[0].text", ""), "rep1");
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(text(empty)).contains("Giao ước cần ít nhất một chỉ tiêu.").contains("Lời đã gõ");
        assertThat(fixtures.count("select count(*) from covenant where cluster_id = ?", cluster)).isZero();
        assertThat(send(post("/clusters/" + cluster + "/covenant").param("preamble", "").param("shown", "1")
                .param("targets[0].areaNumber", "1").param("targets[0].text", "Chỉ tiêu"), "rep_noivu").getStatus())
                .as("a member who is not the head").isEqualTo(403);
        assertThat(send(post("/clusters/" + cluster + "/covenant").param("preamble", "").param("shown", "1")
                .param("targets[0].areaNumber", "1").param("targets[0].text", "Chỉ tiêu"), "staff").getStatus()).isEqualTo(403);
        assertThat(send(get("/clusters/" + cluster), "rep_tuphap").getStatus()).as("not a member").isEqualTo(404);

        assertThat(send(post("/clusters/" + cluster + "/covenant").param("preamble", "Cùng nhau thi đua").param("shown", "2")
                .param("targets[0].areaNumber", "1").param("targets[0].text", "100% cán bộ tham gia Cuộc vận động")
                .param("targets[1].areaNumber", "").param("targets[1].text", ""), "rep1").getRedirectedUrl())
                .isEqualTo("/clusters/" + cluster + "#covenant");
        send(post("/clusters/" + cluster + "/covenant/open"), "rep1");
        send(post("/clusters/" + cluster + "/covenant/sign"), "rep1");
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select status from covenant where cluster_id = ?", String.class, cluster)).isEqualTo("OPEN");
        MockHttpServletResponse twice = send(post("/clusters/" + cluster + "/covenant/sign"), "rep1");
        assertThat(text(mvc.perform(get("/clusters/" + cluster).with(user(users.loadUserByUsername("rep1")))
                .cookie(twice.getCookie("SESSION"))).andReturn().getResponse())).contains("Đơn vị của bạn đã ký giao ước này.");
        send(post("/clusters/" + cluster + "/covenant/sign"), "rep_noivu");
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select status from covenant where cluster_id = ?", String.class, cluster))
                .isEqualTo("SIGNED");
        assertThat(fixtures.count("select count(*) from covenant_signature s join covenant v on v.id = s.covenant_id "
                + "where v.cluster_id = ?", cluster)).isEqualTo(2);
        long covenant = fixtures.count("select id from covenant where cluster_id = ?", cluster);
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Covenant' and entity_id = ? "
                + "order by id", String.class, covenant)).containsExactly("CREATE", "OPEN", "SIGN", "SIGN");

        MockHttpServletResponse pdf = send(get("/clusters/" + cluster + "/covenant.pdf"), "staff");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("GIAO ƯỚC THI ĐUA NĂM 2043")
                    .contains("KHỐI KÝ GIAO ƯỚC").contains("100% cán bộ tham gia Cuộc vận động").contains("(Cụm trưởng)")
                    .contains("Sở Nội vụ").contains("Đã ký trên ứng dụng: Lê Minh Châu");
        }
    }
}
