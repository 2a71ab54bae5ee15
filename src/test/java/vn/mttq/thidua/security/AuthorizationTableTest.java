package vn.mttq.thidua.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route of the application for every kind of visitor: anonymous, rep1 (AGENCY_REP of agency A, on A's
 * own records), staff and admin. A route added to a controller but not to {@link #TABLE} fails this test.
 */
@ThiDuaTest
@Transactional
class AuthorizationTableTest {

    /**
     * L: sent to the login page; Y: reaches the page or action; N: refused (403, or 404 by scope); E: a 5xx.
     * The honor roll is the only page an anonymous visitor reaches (besides the login page).
     */
    private enum Answer { L, Y, N, E }

    private static final Answer L = Answer.L;
    private static final Answer Y = Answer.Y;
    private static final Answer N = Answer.N;

    /** Columns: anonymous, rep1, staff, admin. */
    private static final Map<String, Answer[]> TABLE = new LinkedHashMap<>();

    static {
        row("GET /login", Y, Y, Y, Y);
        row("GET /", L, Y, Y, Y);
        row("GET /campaigns", L, Y, Y, Y);
        row("GET /campaigns/{id}", L, Y, Y, Y);
        row("GET /campaigns/new", L, N, Y, Y);
        row("POST /campaigns", L, N, Y, Y);
        row("GET /campaigns/{id}/edit", L, N, Y, Y);
        row("POST /campaigns/{id}", L, N, Y, Y);
        row("GET /campaigns/{id}/step", L, N, Y, Y);
        row("POST /campaigns/{id}/step", L, N, Y, Y);
        row("POST /campaigns/{id}/areas", L, N, Y, Y);
        row("GET /campaigns/{id}/areas/{areaId}/edit", L, N, Y, Y);
        row("POST /campaigns/{id}/areas/{areaId}", L, N, Y, Y);
        row("POST /campaigns/{id}/documents", L, N, Y, Y);
        row("POST /campaigns/{id}/documents/{documentId}/delete", L, N, Y, Y);
        row("GET /campaigns/{id}/documents/{documentId}/file", L, Y, Y, Y);
        row("POST /campaigns/{id}/documents/{documentId}/file", L, N, Y, Y);
        row("POST /campaigns/{id}/documents/{documentId}/file/delete", L, N, Y, Y);
        row("GET /agencies", L, N, Y, Y);
        row("GET /agencies/export", L, N, Y, Y);
        row("GET /agencies/new", L, N, Y, Y);
        row("POST /agencies", L, N, Y, Y);
        row("GET /agencies/{id}", L, Y, Y, Y);
        row("GET /agencies/{id}/edit", L, N, Y, Y);
        row("POST /agencies/{id}", L, N, Y, Y);
        row("POST /agencies/{id}/rename", L, N, Y, Y);
        row("POST /agencies/{id}/end", L, N, Y, Y);
        row("POST /agencies/{id}/split", L, N, Y, Y);
        row("GET /agencies/{id}/changes/{changeId}/revert", L, N, N, Y);
        row("POST /agencies/{id}/changes/{changeId}/revert", L, N, N, Y);
        row("GET /agencies/{agencyId}/units/new", L, Y, Y, Y);
        row("GET /agencies/{agencyId}/participation", L, Y, Y, Y);
        row("POST /agencies/{agencyId}/participation", L, Y, Y, Y);
        row("POST /agencies/{agencyId}/units", L, Y, Y, Y);
        row("GET /units/{id}/edit", L, Y, Y, Y);
        row("POST /units/{id}", L, Y, Y, Y);
        row("POST /units/{id}/withdraw", L, Y, Y, Y);
        row("GET /units/{id}/titles", L, Y, Y, Y);
        row("POST /units/{id}/titles", L, N, Y, Y);
        row("POST /units/{id}/titles/{awardId}/delete", L, N, Y, Y);
        row("GET /clusters", L, Y, Y, Y);
        row("GET /clusters/export", L, Y, Y, Y);
        row("POST /clusters/copy", L, N, Y, Y);
        row("GET /clusters/new", L, N, Y, Y);
        row("POST /clusters", L, N, Y, Y);
        row("GET /clusters/{id}", L, Y, Y, Y);
        row("GET /clusters/{id}/edit", L, N, Y, Y);
        row("POST /clusters/{id}", L, N, Y, Y);
        row("POST /clusters/{id}/delete", L, N, Y, Y);
        row("POST /clusters/{id}/covenant", L, Y, N, N);
        row("POST /clusters/{id}/covenant/open", L, Y, N, N);
        row("POST /clusters/{id}/covenant/draft-again", L, Y, N, N);
        row("POST /clusters/{id}/covenant/sign", L, Y, N, N);
        row("GET /clusters/{id}/covenant.pdf", L, Y, Y, Y);
        row("POST /clusters/{id}/review", L, Y, N, N);
        row("POST /clusters/{id}/review/scores", L, Y, N, N);
        row("POST /clusters/{id}/review/vote", L, Y, N, N);
        row("POST /clusters/{id}/review/close", L, Y, N, N);
        row("GET /clusters/{id}/review/minutes", L, N, N, N);
        row("GET /clusters/{id}/review/export", L, N, N, N);
        row("POST /clusters/{id}/review/proposals", L, Y, N, N);
        row("GET /persons", L, Y, Y, Y);
        row("GET /persons/new", L, Y, Y, Y);
        row("POST /persons", L, Y, Y, Y);
        row("GET /persons/{id}", L, Y, Y, Y);
        row("GET /persons/{id}/edit", L, Y, Y, Y);
        row("POST /persons/{id}", L, Y, Y, Y);
        row("POST /persons/{id}/moves", L, N, Y, Y);
        row("POST /persons/{id}/holds", L, N, Y, Y);
        row("POST /persons/{id}/holds/{holdId}/end", L, N, Y, Y);
        row("POST /units/{id}/initiatives", L, N, Y, Y);
        row("POST /persons/{id}/initiatives", L, N, Y, Y);
        row("POST /nominations/{id}/initiatives/{initiativeId}/count", L, Y, Y, Y);
        row("POST /nominations/{id}/initiatives/{initiativeId}/release", L, Y, Y, Y);
        row("GET /commendation-forms/{formId}/conditions", L, Y, Y, Y);
        row("POST /commendation-forms/{formId}/conditions", L, N, N, Y);
        row("POST /commendation-forms/{formId}/conditions/{conditionId}/delete", L, N, N, Y);
        row("POST /commendation-forms/{id}/vote-threshold", L, N, N, Y);
        row("GET /persons/{id}/titles", L, Y, Y, Y);
        row("POST /persons/{id}/titles", L, N, Y, Y);
        row("POST /persons/{id}/titles/{awardId}/delete", L, N, Y, Y);
        row("GET /my-agency", L, Y, N, N);
        row("GET /periods", L, Y, Y, Y);
        row("POST /periods", L, N, Y, Y);
        row("GET /periods/{id}/edit", L, N, Y, Y);
        row("POST /periods/{id}", L, N, Y, Y);
        row("GET /admin/accounts", L, N, N, Y);
        row("GET /admin/accounts/export", L, N, N, Y);
        row("GET /admin/accounts/new", L, N, N, Y);
        row("POST /admin/accounts", L, N, N, Y);
        row("GET /admin/accounts/{id}/edit", L, N, N, Y);
        row("POST /admin/accounts/{id}", L, N, N, Y);
        row("POST /admin/accounts/{id}/enable", L, N, N, Y);
        row("POST /admin/accounts/{id}/disable", L, N, N, Y);
        row("POST /admin/accounts/{id}/unlock", L, N, N, Y);
        row("POST /admin/accounts/{id}/reset-password", L, N, N, Y);
        row("GET /account/password", L, Y, Y, Y);
        row("POST /account/password", L, Y, Y, Y);
        row("GET /audit", L, N, Y, Y);
        row("GET /audit/{id}", L, N, Y, Y);
        row("GET /audit/export", L, N, Y, Y);
        row("POST /periods/{id}/reopenings", L, N, Y, Y);
        row("GET /pledges", L, Y, Y, Y);
        row("GET /pledges/export", L, Y, Y, Y);
        row("POST /pledges", L, Y, N, N);
        row("GET /pledges/{id}", L, Y, Y, Y);
        row("GET /pledges/{id}/edit", L, Y, N, N);
        row("POST /pledges/{id}", L, Y, N, N);
        row("POST /pledges/{id}/accept", L, N, Y, Y);
        row("POST /pledges/{id}/return", L, N, Y, Y);
        row("GET /reports", L, Y, Y, Y);
        row("GET /reports/export", L, Y, Y, Y);
        row("POST /reports", L, Y, N, N);
        row("GET /reports/{id}", L, Y, Y, Y);
        row("GET /reports/{id}/edit", L, Y, N, N);
        row("POST /reports/{id}", L, Y, N, N);
        row("POST /reports/{id}/evidence", L, Y, N, N);
        row("GET /reports/{id}/evidence/{fileId}", L, Y, Y, Y);
        row("POST /reports/{id}/evidence/{fileId}/delete", L, Y, N, N);
        row("POST /reports/{id}/score", L, N, Y, Y);
        row("POST /reports/{id}/return", L, N, Y, Y);
        row("POST /reports/{id}/initiatives/{initiativeId}/exemplary", L, N, Y, Y);
        row("GET /criteria", L, N, Y, Y);
        row("GET /criteria/new", L, N, Y, Y);
        row("POST /criteria", L, N, Y, Y);
        row("GET /criteria/{id}/edit", L, N, Y, Y);
        row("POST /criteria/{id}", L, N, Y, Y);
        row("POST /criteria/{id}/delete", L, N, Y, Y);
        row("GET /import", L, N, Y, Y);
        row("POST /import/{kind}", L, N, Y, Y);
        row("GET /import/batches/{id}", L, N, Y, Y);
        row("POST /import/batches/{id}/run", L, N, Y, Y);
        row("GET /import/templates/{kind}.xlsx", L, N, Y, Y);
        row("GET /notices", L, Y, Y, Y);
        row("POST /notices/{id}/open", L, Y, N, N);
        row("POST /notices/read-all", L, Y, Y, Y);
        row("POST /notices/settings", L, Y, Y, Y);
        row("GET /dashboard", L, Y, Y, Y);
        row("GET /dashboard/units", L, Y, Y, Y);
        row("GET /dashboard/consolidated.xlsx", L, Y, Y, Y);
        row("GET /dashboard/consolidated.pdf", L, Y, Y, Y);
        row("GET /rankings", L, N, Y, Y);
        row("GET /rankings/export", L, N, Y, Y);
        row("POST /rankings/thresholds", L, N, N, Y);
        row("GET /nominations", L, Y, Y, Y);
        row("GET /nominations/export", L, Y, Y, Y);
        row("GET /nominations/new", L, Y, N, N);
        row("POST /nominations", L, Y, N, N);
        row("GET /nominations/{id}", L, Y, Y, Y);
        row("GET /nominations/{id}/appraisal-sheet", L, Y, Y, Y);
        row("GET /nominations/{id}/edit", L, Y, N, N);
        row("POST /nominations/{id}", L, Y, N, N);
        row("POST /nominations/{id}/submit", L, Y, N, N);
        row("POST /nominations/{id}/appraise", L, N, Y, Y);
        row("POST /nominations/{id}/return", L, N, Y, Y);
        row("POST /nominations/{id}/approve", L, N, N, Y);
        row("POST /nominations/{id}/reject", L, N, N, Y);
        row("POST /nominations/{id}/forward", L, N, N, Y);
        row("POST /nominations/{id}/dossier", L, Y, N, N);
        row("GET /nominations/{id}/dossier/{fileId}", L, Y, Y, Y);
        row("POST /nominations/{id}/dossier/{fileId}/delete", L, Y, N, N);
        row("GET /council-sessions", L, Y, Y, Y);
        row("GET /council-sessions/export", L, Y, Y, Y);
        row("GET /council-sessions/new", L, N, Y, Y);
        row("POST /council-sessions", L, N, Y, Y);
        row("GET /council-sessions/{id}", L, N, Y, Y);
        row("POST /council-sessions/{id}/nominees", L, N, Y, Y);
        row("POST /council-sessions/{id}/votes", L, N, Y, Y);
        row("POST /council-sessions/{id}/tallies", L, N, Y, Y);
        row("GET /council-sessions/{id}/close", L, N, Y, Y);
        row("GET /council-sessions/{id}/reopen", L, N, N, Y);
        row("POST /council-sessions/{id}/reopen", L, N, N, Y);
        row("POST /council-sessions/{id}/close", L, N, Y, Y);
        row("GET /decisions", L, N, Y, Y);
        row("GET /decisions/export", L, N, Y, Y);
        row("GET /decisions/awardees.xlsx", L, N, Y, Y);
        row("GET /decisions/statistics.xlsx", L, N, Y, Y);
        row("GET /decisions/{id}/awardees.xlsx", L, N, Y, Y);
        row("GET /decisions/new", L, N, N, Y);
        row("POST /decisions", L, N, N, Y);
        row("GET /decisions/{id}/edit", L, N, N, Y);
        row("POST /decisions/{id}", L, N, N, Y);
        row("GET /decisions/{id}/sign", L, N, N, Y);
        row("POST /decisions/{id}/sign", L, N, N, Y);
        row("POST /decisions/{id}/discard", L, N, N, Y);
        row("GET /decisions/{id}/certificates", L, Y, Y, Y);
        row("GET /decision-basis", L, N, Y, Y);
        row("GET /decision-basis/new", L, N, N, Y);
        row("POST /decision-basis", L, N, N, Y);
        row("GET /decision-basis/{id}/edit", L, N, N, Y);
        row("POST /decision-basis/{id}", L, N, N, Y);
        row("GET /decisions/{id}", L, N, Y, Y);
        row("POST /decisions/{id}/publish", L, N, N, Y);
        row("POST /decisions/{id}/revoke", L, N, N, Y);
        row("GET /decisions/{id}/pdf", L, Y, Y, Y);
        row("GET /decisions/{id}/certificates/{nominationId}", L, Y, Y, Y);
        row("GET /commendation-forms", L, Y, Y, Y);
        row("POST /commendation-forms", L, N, N, Y);
        row("POST /commendation-forms/{id}/retire", L, N, N, Y);
        row("POST /commendation-forms/{id}/restore", L, N, N, Y);
        row("GET /honor-roll", Y, Y, Y, Y);
        row("GET /honor-roll/export", Y, Y, Y, Y);
    }

    /** Framework routes that are not pages of the application. */
    private static final Set<String> NOT_PAGES = Set.of("GET /error", "GET /test-only/failure");

    private static void row(String route, Answer anonymous, Answer rep1, Answer staff, Answer admin) {
        TABLE.put(route, new Answer[] {anonymous, rep1, staff, admin});
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private Map<String, String> ids;
    private long dossierFile;

    private long person;

    /** Real records of rep1's agency for every path variable, so that an allowed visitor reaches the page. */
    @BeforeEach
    void ids() {
        long agency = fixtures.agencyOf("rep1");
        long report = fixtures.count("select min(r.id) from report r join unit u on u.id = r.unit_id where u.agency_id = ?", agency);
        long file = fixtures.count("insert into evidence_file (report_id, file_name, content_type, size_bytes, sha256, uploaded_by) "
                + "values (?, 'bien-ban.pdf', 'application/pdf', 8, 'x', 'rep1') returning id", report);
        fixtures.jdbc().update("insert into evidence_content (evidence_file_id, bytes) values (?, ?)", file, "%PDF-1.4".getBytes());
        long initiative = fixtures.count("insert into initiative (report_id, position, title, field, search_key) "
                + "values (?, 99, 'Sáng kiến', 'Lĩnh vực', 'x') returning id", report);
        long nomination = fixtures.count("insert into nomination (unit_id, nominee_type, form_id, year, achievements, status, "
                + "proposed_by, search_key) values (?, 'COLLECTIVE', (select min(id) from commendation_form), 2025, 'x', 'DRAFT', "
                + "'rep1', 'x') returning id", fixtures.firstActiveUnitOf(agency));
        dossierFile = fixtures.count("insert into dossier_file (nomination_id, kind, file_name, content_type, size_bytes, sha256, "
                + "uploaded_by) values (?, 'COVER_SUBMISSION', 'to-trinh.pdf', 'application/pdf', 8, 'x', 'rep1') returning id", nomination);
        fixtures.jdbc().update("insert into dossier_content (dossier_file_id, bytes) values (?, ?)", dossierFile, "%PDF-1.4".getBytes());
        long session = fixtures.count("insert into council_session (title, held_on, quorum, approval_threshold, created_by) "
                + "values ('Phiên họp kiểm thử', current_date, 1, 1, 'staff') returning id");
        fixtures.jdbc().update("insert into council_member (session_id, account_id) values (?, ?)", session, fixtures.accountId("staff"));
        long decision = fixtures.count("select min(id) from decision where status = 'PUBLISHED'");
        long awardee = fixtures.count("select min(id) from nomination where decision_id = ?", decision);
        person = fixtures.person(fixtures.firstActiveUnitOf(agency), "Người Kiểm Thử Quyền");
        ids = Map.ofEntries(
                Map.entry("/persons/{id}", "/persons/" + person),
                Map.entry("/clusters/{id}", "/clusters/" + fixtures.count("select id from cluster_year where year = 2026 "
                        + "and head_agency_id = ?", agency)),
                Map.entry("/commendation-forms/{formId}", "/commendation-forms/" + fixtures.count(
                        "select id from commendation_form where code = 'CO-MTTQ-TINH'")),
                Map.entry("/agencies/{id}", "/agencies/" + agency),
                Map.entry("/agencies/{agencyId}", "/agencies/" + agency),
                Map.entry("/units/{id}", "/units/" + fixtures.firstActiveUnitOf(agency)),
                Map.entry("/units/{unitId}", "/units/" + fixtures.firstActiveUnitOf(agency)),
                Map.entry("/periods/{id}", "/periods/" + fixtures.periodId()),
                Map.entry("/campaigns/{id}", "/campaigns/" + fixtures.campaignId()),
                Map.entry("/admin/accounts/{id}", "/admin/accounts/" + fixtures.accountId("rep2")),
                Map.entry("/pledges/{id}", "/pledges/" + fixtures.count(
                        "select min(p.id) from pledge p join unit u on u.id = p.unit_id where u.agency_id = ?", agency)),
                Map.entry("/reports/{id}", "/reports/" + report),
                Map.entry("/criteria/{id}", "/criteria/" + fixtures.count("select min(id) from criterion")),
                Map.entry("/nominations/{id}", "/nominations/" + nomination),
                Map.entry("/council-sessions/{id}", "/council-sessions/" + session),
                Map.entry("/decisions/{id}", "/decisions/" + decision),
                Map.entry("/import/batches/{id}", "/import/batches/" + fixtures.count("insert into import_batch (kind, file_name, "
                        + "created_by, created_at, status, total, rows_json, errors_json) values ('AGENCIES', 'x.csv', 'staff', now(), "
                        + "'CHECKED', 1, '[]', '[{\"row\":2,\"column\":\"name\",\"key\":\"import.error.required\",\"argument\":null}]') "
                        + "returning id")),
                Map.entry("{kind}", "agencies"),
                Map.entry("/notices/{id}", "/notices/" + fixtures.count("select min(n.id) from notice n join account a "
                        + "on a.id = n.account_id where a.username = 'rep1'")),
                Map.entry("/audit/{id}", "/audit/" + fixtures.count("select min(id) from audit_record where entity_type = 'Agency'")),
                Map.entry("/decision-basis/{id}", "/decision-basis/" + fixtures.count("select min(id) from decision_basis")),
                Map.entry("/commendation-forms/{id}", "/commendation-forms/" + fixtures.count("select min(id) from commendation_form")),
                Map.entry("{nominationId}", String.valueOf(awardee)),
                Map.entry("{fileId}", String.valueOf(file)),
                Map.entry("{initiativeId}", String.valueOf(initiative)),
                Map.entry("{areaId}", String.valueOf(fixtures.count("select min(id) from content_area"))),
                Map.entry("{documentId}", "0"),
                Map.entry("{changeId}", String.valueOf(fixtures.count("insert into agency_change (agency_id, kind, effective_on, "
                        + "old_name, new_name, recorded_by) select id, 'RENAMED', current_date, name, name, 'staff' from agency "
                        + "where id = ? returning id", agency))));
    }

    @Test
    void everyRouteIsInTheTable() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                } else {
                    methods.forEach(method -> routes.add(method + " " + pattern));
                }
            }
        }
        routes.removeAll(NOT_PAGES);
        assertThat(TABLE.keySet()).as("routes of the authorization table").containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void everyRoleGetsWhatTheTableSays() throws Exception {
        String[] who = {"anonymous", "rep1", "staff", "admin"};
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Answer[]> row : TABLE.entrySet()) {
            for (int i = 0; i < who.length; i++) {
                MockHttpServletResponse response = mvc.perform(request(row.getKey(), who[i])).andReturn().getResponse();
                Answer actual = answer(response);
                if (actual != row.getValue()[i]) {
                    wrong.add(row.getKey() + " as " + who[i] + ": expected " + row.getValue()[i] + ", got " + actual
                            + " (" + response.getStatus() + " " + response.getRedirectedUrl() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/agencies").param("name", "X")
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    private MockHttpServletRequestBuilder request(String route, String who) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        if (path.contains("{documentId}")) {
            // each visitor removes a document (with its PDF) of their own, so that the first one's removal leaves the next one's
            long document = fixtures.count("insert into legal_document (campaign_id, number, issued_on, issuer, title) "
                    + "values (?, ?, current_date, 'x', 'x') returning id", fixtures.campaignId(), "KT-" + who + "-" + route.hashCode());
            long pdf = fixtures.count("insert into legal_document_file (legal_document_id, file_name, content_type, size_bytes, "
                    + "sha256, uploaded_by) values (?, 'van-ban.pdf', 'application/pdf', 8, 'x', 'staff') returning id", document);
            fixtures.jdbc().update("insert into legal_document_content (legal_document_file_id, bytes) values (?, ?)", pdf,
                    "%PDF-1.4".getBytes());
            path = path.replace("{documentId}", String.valueOf(document));
        }
        if (path.contains("{awardId}")) {
            // each visitor removes a title of their own (of a year of its own), so that the first one's removal leaves the next one's
            boolean ofPerson = path.startsWith("/persons");
            long award = fixtures.count("insert into title_award (" + (ofPerson ? "person_id" : "unit_id") + ", title_id, year, "
                    + "deciding_body, document_number, decided_on, entered_by) values (?, (select min(id) from emulation_title), ?, "
                    + "'UBND tỉnh', '1/QĐ', current_date, 'staff') returning id",
                    ofPerson ? person : fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1")),
                    2000 + List.of("anonymous", "rep1", "staff", "admin").indexOf(who));
            path = path.replace("{awardId}", String.valueOf(award));
        }
        if (path.startsWith("/nominations/{id}/initiatives/{initiativeId}")) {
            // each visitor counts an initiative of the nomination's unit of their own
            path = path.replace("{initiativeId}", String.valueOf(fixtures.count("insert into recognised_initiative (unit_id, title, "
                    + "scope, recognised_by, document_number, recognised_on, entered_by) values (?, 'Sáng kiến', 'BASE', 'HĐSK', "
                    + "'1/QĐ', current_date, 'staff') returning id", fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1")))));
        }
        if (path.contains("{conditionId}")) {
            // each visitor removes a condition of their own
            path = path.replace("{conditionId}", String.valueOf(fixtures.count("insert into commendation_condition (form_id, "
                    + "nominee_type, kind, years, legal_basis, prior_form_id) select f.id, 'COLLECTIVE', 'PRIOR_FORM', 1, 'x', "
                    + "(select min(id) from commendation_form) from commendation_form f where f.code = 'CO-MTTQ-TINH' returning id")));
        }
        if (path.contains("{holdId}")) {
            // each visitor ends a hold of their own
            path = path.replace("{holdId}", String.valueOf(fixtures.count("insert into person_hold (person_id, kind, from_date, "
                    + "reason, entered_by) values (?, 'COMPLAINT', date '2026-01-01', 'x', 'staff') returning id", person)));
        }
        if (path.startsWith("/nominations/{id}/dossier/{fileId}")) {
            path = path.replace("{fileId}", String.valueOf(dossierFile));
        }
        for (Map.Entry<String, String> id : ids.entrySet()) {
            if (path.startsWith(id.getKey())) {
                path = id.getValue() + path.substring(id.getKey().length());
            } else if (id.getKey().startsWith("{")) {
                path = path.replace(id.getKey(), id.getValue());
            }
        }
        if (path.equals("/clusters/copy")) {
            path += "?from=1990&to=1991";
        }
        if (path.startsWith("/decisions/awardees") || path.startsWith("/decisions/statistics")) {
            path += "?year=2024";
        }
        if (path.startsWith("/campaigns/") && path.endsWith("/step") && "GET".equals(method)) {
            path += "?to=FINAL_REVIEW";
        }
        if (path.startsWith("/dashboard/consolidated")) {
            path += "?period=" + fixtures.count("select min(id) from reporting_period where kind = 'ANNUAL'");
        }
        MockHttpServletRequestBuilder request = "POST".equals(method) ? post(path).with(csrf()) : get(path);
        if (!"anonymous".equals(who)) {
            request.with(user(users.loadUserByUsername(who)));
        }
        return request;
    }

    private static Answer answer(MockHttpServletResponse response) {
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        if (status == 302 && redirect != null && redirect.endsWith("/login")) {
            return Answer.L;
        }
        if (status >= 500) {
            return Answer.E;
        }
        if (status == 403 || status == 401 || status == 404) {
            return Answer.N;
        }
        return Answer.Y;
    }
}
