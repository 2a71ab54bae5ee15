package vn.mttq.thidua.decision;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.report.ReportService;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What was signed or published keeps the names and text of that moment: renaming a unit or moving it to
 * another content area afterwards changes neither the decision's PDF, the certificate, the honor roll nor the
 * ranking of a past period; and only an approved report's initiative can become an exemplary model.
 */
@ThiDuaTest
@Transactional
class SignedRecordTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private ReportService reports;
    @Autowired
    private Fixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String page(String path, UserDetails as) throws Exception {
        var request = get(path);
        if (as != null) {
            request.with(user(as));
        }
        return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private byte[] bytes(String path, UserDetails as) throws Exception {
        return mvc.perform(get(path).with(user(as))).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void renamingOrMovingAUnitLeavesWhatWasSignedAndPublishedAsItWas() throws Exception {
        var commended = fixtures.jdbc().queryForMap("""
                select n.id, n.decision_id, n.unit_id, u.name as unit_name, a.name as agency_name
                from nomination n join unit u on u.id = n.unit_id join agency a on a.id = u.agency_id
                join decision d on d.id = n.decision_id
                where n.nominee_type = 'COLLECTIVE' and d.status = 'PUBLISHED' order by n.id limit 1""");
        long unit = (Long) commended.get("unit_id");
        String oldName = (String) commended.get("unit_name");
        var report = fixtures.jdbc().queryForMap("""
                select r.id, r.period_id, r.content_area_id from report r
                where r.unit_id = ? and r.status = 'ACCEPTED' order by r.id limit 1""", unit);
        long otherArea = fixtures.count("select min(id) from content_area where id <> ?", report.get("content_area_id"));

        fixtures.jdbc().update("update unit set name = 'Tên đổi sau khi ký', content_area_id = ? where id = ?", otherArea, unit);
        fixtures.jdbc().update("update agency set name = 'Cơ quan đổi tên sau khi ký' where id = (select agency_id from unit where id = ?)", unit);
        fixtures.clear();

        UserDetails admin = users.loadUserByUsername("admin");
        String decisionPdf = text(bytes("/decisions/" + commended.get("decision_id") + "/pdf", admin));
        assertThat(decisionPdf).contains(oldName).doesNotContain("Tên đổi sau khi ký").doesNotContain("Cơ quan đổi tên");
        String certificate = text(bytes("/decisions/" + commended.get("decision_id") + "/certificates/" + commended.get("id"), admin));
        assertThat(certificate).contains(oldName).doesNotContain("Tên đổi sau khi ký");

        String honorRoll = page("/honor-roll?q=" + java.net.URLEncoder.encode(oldName, java.nio.charset.StandardCharsets.UTF_8), null);
        assertThat(honorRoll).contains(oldName).doesNotContain("Tên đổi sau khi ký").doesNotContain("Cơ quan đổi tên sau khi ký");

        String ranking = page("/rankings?period=" + report.get("period_id") + "&area=" + report.get("content_area_id"),
                users.loadUserByUsername("staff"));
        assertThat(ranking).contains(oldName).doesNotContain("Tên đổi sau khi ký");
        String rankingOfNewArea = page("/rankings?period=" + report.get("period_id") + "&area=" + otherArea,
                users.loadUserByUsername("staff"));
        assertThat(rankingOfNewArea).doesNotContain("Tên đổi sau khi ký").doesNotContain(oldName);
    }

    @Test
    void onlyAnApprovedReportsInitiativeBecomesAnExemplaryModel() {
        long report = fixtures.report("Trường THCS Vĩnh Kim (kiểm thử)", 1, "MID_TERM_REVIEW", 2028, true, null);
        long draftInitiative = fixtures.count("select min(id) from initiative where report_id = ?", report);
        Fixtures.signIn(users, "staff");
        assertThatThrownBy(() -> reports.markExemplary(report, draftInitiative, true))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("initiative.error.notApproved"));
        fixtures.flush();
        assertThat(fixtures.count("select count(*) from initiative where id = ? and exemplary", draftInitiative)).isZero();
        assertThat(fixtures.count("""
                select count(*) from initiative i join report r on r.id = i.report_id
                where i.exemplary and r.status <> 'ACCEPTED'""")).isZero();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aPledgeHandedInKeepsTheNamesOfItsTimeADraftShowsTodays() throws Exception {
        var staff = users.loadUserByUsername("staff");
        var handedIn = fixtures.jdbc().queryForMap("""
                select p.id, p.unit_id, u.name as unit_name, a.id as agency_id, a.name as agency_name from pledge p
                join unit u on u.id = p.unit_id join agency a on a.id = u.agency_id
                where p.status = 'SUBMITTED' order by p.id limit 1""");
        long unit = (Long) handedIn.get("unit_id");
        String unitName = (String) handedIn.get("unit_name");
        String agencyName = (String) handedIn.get("agency_name");
        assertThat(fixtures.text("select unit_name from pledge where id = ?", handedIn.get("id"))).isEqualTo(unitName);
        fixtures.jdbc().update("update unit set name = 'Đơn vị đổi tên sau khi nộp' where id = ?", unit);
        fixtures.jdbc().update("update agency set name = 'Cơ quan đổi tên sau khi nộp' where id = ?", handedIn.get("agency_id"));

        String page = page("/pledges/" + handedIn.get("id"), staff);
        assertThat(page).contains(unitName).contains(agencyName).doesNotContain("Đơn vị đổi tên sau khi nộp");
        String list = page("/pledges?campaign=all&q=" + unitName, staff);
        assertThat(list).contains(unitName).contains(agencyName).doesNotContain("Cơ quan đổi tên sau khi nộp");

        Long draft = fixtures.jdbc().queryForObject("select min(id) from pledge where status = 'DRAFT' and unit_id = ?",
                Long.class, unit);
        if (draft != null) {
            assertThat(page("/pledges/" + draft, staff)).contains("Đơn vị đổi tên sau khi nộp");
        }
    }
}
