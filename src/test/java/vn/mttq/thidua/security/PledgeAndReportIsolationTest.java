package vn.mttq.thidua.security;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** rep2 sees, changes and downloads nothing of rep1's pledges, reports and evidence, whatever id it sends. */
@ThiDuaTest
@Transactional
class PledgeAndReportIsolationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private long pledge;
    private long report;
    private long file;
    private long rep1Unit;
    private UserDetails rep2;

    @BeforeEach
    void rep1Records() {
        long agency = fixtures.agencyOf("rep1");
        pledge = fixtures.count("select min(p.id) from pledge p join unit u on u.id = p.unit_id where u.agency_id = ?", agency);
        report = fixtures.count("select min(r.id) from report r join unit u on u.id = r.unit_id where u.agency_id = ?", agency);
        rep1Unit = fixtures.firstActiveUnitOf(agency);
        file = fixtures.count("insert into evidence_file (report_id, file_name, content_type, size_bytes, sha256, uploaded_by) "
                + "values (?, 'bi-mat.pdf', 'application/pdf', 8, 'x', 'rep1') returning id", report);
        fixtures.jdbc().update("insert into evidence_content (evidence_file_id, bytes) values (?, ?)", file, "%PDF-1.4".getBytes());
        rep2 = users.loadUserByUsername("rep2");
    }

    @Test
    void rep2ReachesNothingOfRep1() throws Exception {
        String before = fixtures.jdbc().queryForObject(
                "select string_agg(status || version, ',' order by id) from (select id, status, version from pledge where id = ? "
                        + "union all select id, status, version from report where id = ?) x", String.class, pledge, report);
        long audits = fixtures.count("select count(*) from audit_record where action not in ('NOT_FOUND', 'FORBIDDEN')");
        long denials = fixtures.count("select count(*) from audit_record where actor = 'rep2' and action in ('NOT_FOUND', 'FORBIDDEN')");
        long evidence = fixtures.count("select count(*) from evidence_file");
        List<AbstractMockHttpServletRequestBuilder<?>> attempts = List.of(
                get("/pledges/" + pledge), get("/pledges/" + pledge + "/edit"),
                post("/pledges/" + pledge).param("action", "submit").param("version", "0"),
                post("/pledges/" + pledge + "/accept").param("version", "0"),
                post("/pledges").param("unitId", String.valueOf(rep1Unit)).param("year", "2025"),
                get("/reports/" + report), get("/reports/" + report + "/edit"),
                post("/reports/" + report).param("narrative", "rep2 đã sửa").param("version", "0"),
                post("/reports").param("unitId", String.valueOf(rep1Unit)).param("periodId", String.valueOf(fixtures.periodId())),
                multipart("/reports/" + report + "/evidence")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4 rep2".getBytes())),
                get("/reports/" + report + "/evidence/" + file),
                post("/reports/" + report + "/evidence/" + file + "/delete"),
                post("/reports/" + report + "/score").param("version", "0"));
        for (AbstractMockHttpServletRequestBuilder<?> attempt : attempts) {
            var response = mvc.perform(attempt.with(user(rep2)).with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as(attempt.toString()).isIn(403, 404);
            assertThat(response.getContentAsString()).doesNotContain("bi-mat.pdf").doesNotContain("%PDF");
        }
        String lists = mvc.perform(get("/pledges").with(user(rep2))).andReturn().getResponse().getContentAsString()
                + mvc.perform(get("/reports").param("q", "Trường THPT").with(user(rep2))).andReturn().getResponse()
                .getContentAsString();
        assertThat(lists).doesNotContain("Sở Giáo dục và Đào tạo").contains("Cái Bè");

        assertThat(fixtures.jdbc().queryForObject(
                "select string_agg(status || version, ',' order by id) from (select id, status, version from pledge where id = ? "
                        + "union all select id, status, version from report where id = ?) x", String.class, pledge, report))
                .isEqualTo(before);
        // nothing changed; what rep2 tried is on the trail as refusals
        assertThat(fixtures.count("select count(*) from audit_record where action not in ('NOT_FOUND', 'FORBIDDEN')")).isEqualTo(audits);
        assertThat(fixtures.count("select count(*) from audit_record where actor = 'rep2' and action in ('NOT_FOUND', 'FORBIDDEN')"))
                .isGreaterThan(denials);
        assertThat(fixtures.count("select count(*) from evidence_file")).isEqualTo(evidence);
    }

    @Test
    void rep1DownloadsTheirOwnEvidenceAsAnAttachment() throws Exception {
        var response = mvc.perform(get("/reports/" + report + "/evidence/" + file).with(user(users.loadUserByUsername("rep1"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("bi-mat.pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo("%PDF-1.4".getBytes());
    }
}
