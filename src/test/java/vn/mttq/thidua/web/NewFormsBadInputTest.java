package vn.mttq.thidua.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
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
 * Wrong or empty values in the forms and parameters this round added — the agency split, the decision draft and
 * its signing, the legal basis of decisions, legal document files, the campaign switch: each answers with a message
 * on the page (or the 404/409 page), never a 500, and what was saved stays as it was.
 */
@ThiDuaTest
@Transactional
class NewFormsBadInputTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String as) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(as))).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    @Test
    void aSplitWithValuesThatAreNotAgenciesIsExplainedAndChangesNothing() throws Exception {
        long agency = fixtures.agencyOf("rep1");
        long unit = fixtures.firstActiveUnitOf(agency);
        Map<String, Object> before = fixtures.jdbc().queryForMap("select status, ended_on, version from agency where id = ?", agency);

        MockHttpServletResponse response = send(post("/agencies/" + agency + "/split").param("successorIds", "abc", "")
                .param("unitTo[" + unit + "]", "xyz").param("representativesTo", "-").param("splitOn", "hôm nay")
                .param("splitBasis", "Nghị quyết (kiểm thử)"), "staff");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(response)).contains("Vui lòng chọn một giá trị trong danh sách.").contains("Ngày không hợp lệ")
                .contains("Nghị quyết (kiểm thử)");
        // only one unit's choice is wrong: the table of units says so
        long other = fixtures.agencyOf("rep2");
        long health = fixtures.count("select id from agency where name = 'Sở Y tế tỉnh Đồng Tháp'");
        MockHttpServletResponse oneUnit = send(post("/agencies/" + agency + "/split")
                .param("successorIds", String.valueOf(other), String.valueOf(health)).param("unitTo[" + unit + "]", "xyz")
                .param("splitOn", "01/07/2025"), "staff");
        assertThat(oneUnit.getStatus()).isEqualTo(200);
        assertThat(text(oneUnit)).contains("Vui lòng chọn một giá trị trong danh sách.");
        assertThat(fixtures.jdbc().queryForMap("select status, ended_on, version from agency where id = ?", agency)).isEqualTo(before);
        assertThat(fixtures.count("select agency_id from unit where id = ?", unit)).isEqualTo(agency);
        assertThat(fixtures.count("select count(*) from agency_change where agency_id = ?", agency)).isZero();
    }

    @Test
    void aDecisionDraftWithWrongValuesIsExplainedAndNothingIsSaved() throws Exception {
        long decisions = fixtures.count("select count(*) from decision");
        MockHttpServletResponse response = send(post("/decisions").param("kind", "BIEN_MAT").param("title", "")
                .param("signedOn", "31/02/2026").param("signerName", "Nguyễn Văn An").param("signerTitle", "Chủ tịch")
                .param("legalBasis", "").param("recipients", "Như Điều 3;").param("nominationIds", "abc"), "admin");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(response)).contains("Ngày không hợp lệ").contains("Như Điều 3;");
        assertThat(fixtures.count("select count(*) from decision")).isEqualTo(decisions);

        // refilling the legal basis with a wrong date keeps what was typed and saves nothing
        MockHttpServletResponse refill = send(post("/decisions").param("action", "refreshBasis").param("kind", "COMMENDATION")
                .param("signedOn", "ngày mai").param("legalBasis", "Căn cứ của tôi;").param("title", "x")
                .param("signerName", "x").param("signerTitle", "x").param("recipients", "x"), "admin");
        assertThat(refill.getStatus()).isEqualTo(200);
        assertThat(text(refill)).contains("Căn cứ của tôi;");
        assertThat(fixtures.count("select count(*) from decision")).isEqualTo(decisions);
    }

    @Test
    void signingWithAWrongOrStaleVersionLeavesTheDecisionAsItWas() throws Exception {
        long published = fixtures.count("select min(id) from decision where status = 'PUBLISHED'");
        Map<String, Object> before = fixtures.jdbc().queryForMap("select status, number, version from decision where id = ?", published);
        assertThat(send(post("/decisions/" + published + "/sign").param("version", "abc"), "admin").getStatus())
                .isLessThan(500);
        assertThat(send(post("/decisions/" + published + "/sign").param("version", String.valueOf(before.get("version"))), "admin")
                .getStatus()).isEqualTo(302);
        assertThat(send(post("/decisions/" + published + "/discard"), "admin").getStatus()).isEqualTo(302);
        assertThat(send(get("/decisions/" + published + "/edit"), "admin").getStatus()).isEqualTo(302);
        assertThat(fixtures.jdbc().queryForMap("select status, number, version from decision where id = ?", published))
                .isEqualTo(before);
        assertThat(send(get("/decisions/987654/pdf"), "admin").getStatus()).isEqualTo(404);
        assertThat(send(get("/decisions/abc/certificates"), "admin").getStatus()).isLessThan(500);
    }

    @Test
    void aLegalBasisDocumentEditedOnAStaleFormGetsThe409PageAndKeepsItsText() throws Exception {
        long document = fixtures.count("select min(id) from decision_basis");
        Map<String, Object> before = fixtures.jdbc().queryForMap("select * from decision_basis where id = ?", document);
        MockHttpServletResponse stale = send(post("/decision-basis/" + document).param("title", "Tên sửa đổi")
                .param("number", "").param("issuedOn", "").param("description", "").param("inForceFrom", "01/01/2000")
                .param("inForceUntil", "").param("kinds", "COMMENDATION").param("sortOrder", "0")
                .param("version", String.valueOf((Long) before.get("version") + 7)), "admin");
        assertThat(stale.getStatus()).isEqualTo(409);
        MockHttpServletResponse wrong = send(post("/decision-basis/" + document).param("title", "Tên sửa đổi")
                .param("number", "").param("issuedOn", "").param("description", "").param("inForceFrom", "")
                .param("inForceUntil", "").param("kinds", "KHONG_CO").param("sortOrder", "âm")
                .param("version", String.valueOf(before.get("version"))), "admin");
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(text(wrong)).contains("Tên sửa đổi");
        assertThat(fixtures.jdbc().queryForMap("select * from decision_basis where id = ?", document)).isEqualTo(before);
        assertThat(send(get("/decision-basis/987654/edit"), "admin").getStatus()).isEqualTo(404);
    }

    @Test
    void aFileForADocumentOfAnotherCampaignIsNotFoundAndNothingIsStored() throws Exception {
        long running = fixtures.runningCampaignId();
        long ofTheFirst = fixtures.count("select min(id) from legal_document where campaign_id = ?", fixtures.campaignId());
        long files = fixtures.count("select count(*) from legal_document_file");
        MockHttpServletResponse response = mvc.perform(multipart("/campaigns/" + running + "/documents/" + ofTheFirst + "/file")
                .file("file", "%PDF-1.4\n%%EOF\n".getBytes()).with(user(users.loadUserByUsername("staff"))).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(fixtures.count("select count(*) from legal_document_file")).isEqualTo(files);
        assertThat(send(get("/campaigns/" + running + "/documents/987654/file"), "rep1").getStatus()).isEqualTo(404);
    }

    @Test
    void aCampaignParameterThatNamesNoCampaignShowsAPageNotAnError() throws Exception {
        for (String value : new String[] {"abc", "-1", "987654", "", "all"}) {
            for (String path : new String[] {"/", "/nominations", "/pledges", "/reports"}) {
                assertThat(send(get(path).param("campaign", value), "staff").getStatus()).as(path + "?campaign=" + value)
                        .isEqualTo(200);
            }
            assertThat(mvc.perform(get("/honor-roll").param("campaign", value).param("area", "x"))
                    .andReturn().getResponse().getStatus()).as("honor roll ?campaign=" + value).isLessThan(500);
        }
    }
}
