package vn.mttq.thidua.campaign;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A campaign's legal basis documents carry their PDF: staff attach and replace it, everyone signed in downloads it;
 * anything but a PDF, and any change once the campaign is closed, is refused with a message and changes nothing.
 */
@ThiDuaTest
@Transactional
class LegalBasisFilesTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private MockHttpServletResponse upload(long campaign, long document, String name, byte[] bytes, UserDetails as)
            throws Exception {
        return mvc.perform(multipart("/campaigns/" + campaign + "/documents/" + document + "/file")
                .file(new MockMultipartFile("file", name, "application/pdf", bytes)).with(user(as)).with(csrf()))
                .andReturn().getResponse();
    }

    /** The page the upload sent the user back to, in the same session (where its message waits). */
    private String after(MockHttpServletResponse upload, UserDetails as) throws Exception {
        var request = get(upload.getRedirectedUrl().replaceAll("#.*", "")).with(user(as));
        if (upload.getCookie("SESSION") != null) {
            request.cookie(upload.getCookie("SESSION"));
        }
        return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private long files(long document) {
        return fixtures.count("select count(*) from legal_document_file where legal_document_id = ?", document);
    }

    @Test
    void staffAttachAndReplaceThePdfAndEveryoneSignedInDownloadsIt() throws Exception {
        UserDetails staff = users.loadUserByUsername("staff");
        UserDetails rep1 = users.loadUserByUsername("rep1");
        long campaign = fixtures.runningCampaignId();
        assertThat(fixtures.count("select count(*) from legal_document_file f join legal_document d on d.id = f.legal_document_id "
                + "where d.campaign_id = ? and d.number = '05/KH-MTTQ-BTT'", campaign)).as("the demo's plan has its PDF").isEqualTo(1);
        long document = fixtures.count("insert into legal_document (campaign_id, number, issued_on, issuer, title, sort_order) "
                + "values (?, '12/TT-MTTQ-BTT', date '2026-03-01', 'Ban Thường trực', 'Thông tri hướng dẫn (kiểm thử)', 9) "
                + "returning id", campaign);

        // not a PDF (a PNG named .pdf), or nothing at all: the message, and no file
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        MockHttpServletResponse notPdf = upload(campaign, document, "ke-hoach.pdf", png, staff);
        assertThat(notPdf.getRedirectedUrl()).isEqualTo("/campaigns/" + campaign + "#legal-basis");
        assertThat(after(notPdf, staff)).contains("Văn bản căn cứ chỉ nhận tệp PDF.");
        assertThat(upload(campaign, document, "trong.pdf", new byte[0], staff).getStatus()).isEqualTo(302);
        assertThat(files(document)).isZero();

        // a representative attaches nothing
        assertThat(upload(campaign, document, "ke-hoach.pdf", PDF, rep1).getStatus()).isEqualTo(403);
        assertThat(files(document)).isZero();

        assertThat(after(upload(campaign, document, "ke-hoach-05.pdf", PDF, staff), staff))
                .contains("Đã đính kèm ke-hoach-05.pdf.").contains("Tải văn bản (PDF");
        MockHttpServletResponse download = mvc.perform(get("/campaigns/" + campaign + "/documents/" + document + "/file")
                .with(user(rep1))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");

        // a new PDF replaces the old one; both steps are on the audit trail
        byte[] second = "%PDF-1.7\n% ban sua doi\n%%EOF\n".getBytes();
        upload(campaign, document, "ke-hoach-05-sua-doi.pdf", second, staff);
        assertThat(files(document)).isEqualTo(1);
        assertThat(mvc.perform(get("/campaigns/" + campaign + "/documents/" + document + "/file").with(user(rep1)))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(second);
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'LegalDocumentFile' "
                + "and actor = 'staff' order by id", String.class)).containsExactly("CREATE", "DELETE", "CREATE");
    }

    @Test
    void aClosedCampaignsLegalBasisKeepsItsFiles() throws Exception {
        UserDetails staff = users.loadUserByUsername("staff");
        long closed = fixtures.campaignId();
        long document = fixtures.count("select min(id) from legal_document where campaign_id = ?", closed);
        Map<String, Object> before = fixtures.jdbc().queryForMap("select * from legal_document where id = ?", document);

        assertThat(after(upload(closed, document, "de-an.pdf", PDF, staff), staff))
                .contains("Phong trào đã kết thúc: chỉ còn xem được.");
        assertThat(files(document)).isZero();
        assertThat(fixtures.jdbc().queryForMap("select * from legal_document where id = ?", document)).isEqualTo(before);
        assertThat(mvc.perform(get("/campaigns/" + closed + "/documents/" + document + "/file").with(user(staff)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
