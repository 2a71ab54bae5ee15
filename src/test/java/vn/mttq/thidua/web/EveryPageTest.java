package vn.mttq.thidua.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET page the application maps, found from its routes, opened over real HTTP by each kind of visitor —
 * anonymous, a representative, staff, an admin — in Vietnamese and in English, with the ids of the demo data.
 * Outside any test transaction, so a lazy load that {@code open-in-view=false} forbids fails here as it would in
 * production. None may answer with a 5xx.
 */
@ThiDuaTest
class EveryPageTest {

    private static final Set<String> NOT_PAGES = Set.of("/error", "/test-only/failure");

    @LocalServerPort
    private int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private Fixtures fixtures;

    @Test
    void noGetPageAnswersWithAServerErrorForAnyRoleInEitherLanguage() {
        Map<String, String> ids = ids();
        List<String> paths = new ArrayList<>();
        for (String pattern : getPatterns()) {
            String path = pattern;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                if (path.startsWith(id.getKey())) {
                    path = id.getValue() + path.substring(id.getKey().length());
                } else if (id.getKey().startsWith("{")) {
                    path = path.replace(id.getKey(), id.getValue());
                }
            }
            assertThat(path).as("every path variable of " + pattern + " has a demo id").doesNotContain("{");
            paths.add(path + query(pattern));
        }
        assertThat(paths).hasSizeGreaterThan(40);

        Map<String, Visitor> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", new Visitor(port));
        for (String username : new String[] {"rep1", "staff", "admin"}) {
            Visitor visitor = new Visitor(port);
            assertThat(visitor.signIn(username, "ThiDua@2025")).as(username).isTrue();
            visitors.put(username, visitor);
        }
        List<String> failures = new ArrayList<>();
        int opened = 0;
        for (Map.Entry<String, Visitor> visitor : visitors.entrySet()) {
            for (String language : new String[] {"vi", "en"}) {
                for (String path : paths) {
                    String url = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
                    Visitor.Page page = visitor.getValue().get(url);
                    opened++;
                    if (page.status() >= 500) {
                        failures.add(visitor.getKey() + " GET " + url + " → " + page.status());
                    }
                }
            }
        }
        assertThat(opened).isEqualTo(paths.size() * 8);
        assertThat(failures).isEmpty();
    }

    /** Every GET route of the application's controllers. */
    private Set<String> getPatterns() {
        Set<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream().filter(p -> !NOT_PAGES.contains(p)).forEach(patterns::add);
            }
        }
        return patterns;
    }

    /** The query a page needs to show something rather than its empty state. */
    private String query(String pattern) {
        if (pattern.startsWith("/decisions/awardees") || pattern.startsWith("/decisions/statistics")) {
            return "?year=2024";
        }
        if (pattern.startsWith("/dashboard/consolidated")) {
            return "?period=" + fixtures.count("select min(id) from reporting_period where kind = 'ANNUAL'");
        }
        if (pattern.equals("/dashboard/units")) {
            return "?missing=true&period=" + fixtures.count("select min(id) from reporting_period where kind = 'ANNUAL'");
        }
        if (pattern.equals("/campaigns/{id}/step")) {
            return "?to=FINAL_REVIEW";
        }
        if (pattern.startsWith("/rankings")) {
            long report = fixtures.count("select min(id) from report where status = 'ACCEPTED'");
            return "?period=" + fixtures.count("select period_id from report where id = ?", report)
                    + "&area=" + fixtures.count("select content_area_id from report where id = ?", report);
        }
        return "";
    }

    /** Demo records for every path variable: rep1's own where a representative's reach matters. */
    private Map<String, String> ids() {
        long agency = fixtures.agencyOf("rep1");
        long report = fixtures.count("""
                select min(r.id) from report r join unit u on u.id = r.unit_id where u.agency_id = ?""", agency);
        long nomination = fixtures.count("""
                select min(n.id) from nomination n join unit u on u.id = n.unit_id where u.agency_id = ?""", agency);
        long decision = fixtures.count("select min(id) from decision where status = 'PUBLISHED'");
        long awardee = fixtures.count("select min(id) from nomination where decision_id = ?", decision);
        long evidence = fixtures.count("select coalesce(min(id), 1) from evidence_file");
        long initiative = fixtures.count("select coalesce(min(id), 1) from initiative");
        Map<String, String> ids = new LinkedHashMap<>();
        // the latest change of an agency the demo changed (the districts dissolved in 2025): its revert page
        long changed = fixtures.count("select agency_id from agency_change order by recorded_at desc, id desc limit 1");
        ids.put("/agencies/{id}/changes/{changeId}", "/agencies/" + changed + "/changes/"
                + fixtures.count("select min(id) from agency_change where agency_id = ?", changed));
        ids.put("/agencies/{id}", "/agencies/" + agency);
        ids.put("/agencies/{agencyId}", "/agencies/" + agency);
        ids.put("/persons/{id}", "/persons/" + fixtures.person(fixtures.firstActiveUnitOf(agency), "Người Kiểm Thử Trang"));
        ids.put("/commendation-forms/{formId}", "/commendation-forms/" + fixtures.count(
                "select id from commendation_form where code = 'BK-CT-UBND-TINH'"));
        ids.put("/clusters/{id}", "/clusters/" + fixtures.count("select id from cluster_year where year = 2026 "
                + "and head_agency_id = ?", fixtures.agencyOf("rep1")));
        ids.put("/units/{id}", "/units/" + fixtures.firstActiveUnitOf(agency));
        ids.put("/units/{unitId}", "/units/" + fixtures.firstActiveUnitOf(agency));
        ids.put("/periods/{id}", "/periods/" + fixtures.periodId());
        ids.put("/campaigns/{id}", "/campaigns/" + fixtures.campaignId());
        ids.put("/admin/accounts/{id}", "/admin/accounts/" + fixtures.accountId("rep2"));
        ids.put("/pledges/{id}", "/pledges/" + fixtures.count(
                "select min(p.id) from pledge p join unit u on u.id = p.unit_id where u.agency_id = ?", agency));
        ids.put("/reports/{id}", "/reports/" + report);
        ids.put("/criteria/{id}", "/criteria/" + fixtures.count("select min(id) from criterion"));
        ids.put("/nominations/{id}", "/nominations/" + nomination);
        ids.put("/council-sessions/{id}", "/council-sessions/" + fixtures.count("select min(id) from council_session"));
        ids.put("/decisions/{id}", "/decisions/" + decision);
        ids.put("/import/batches/{id}", "/import/batches/" + fixtures.count("insert into import_batch (kind, file_name, created_by, "
                + "created_at, status, total, rows_json, errors_json) values ('UNITS', 'x.csv', 'staff', now(), 'CHECKED', 0, '[]', '[]') "
                + "returning id"));
        ids.put("{kind}", "units");
        ids.put("/audit/{id}", "/audit/" + fixtures.count("select min(id) from audit_record where entity_type = 'Agency'"));
        ids.put("/decision-basis/{id}", "/decision-basis/" + fixtures.count("select min(id) from decision_basis"));
        ids.put("/commendation-forms/{id}", "/commendation-forms/" + fixtures.count("select min(id) from commendation_form"));
        ids.put("{nominationId}", String.valueOf(awardee));
        ids.put("{fileId}", String.valueOf(evidence));
        ids.put("{initiativeId}", String.valueOf(initiative));
        ids.put("{areaId}", String.valueOf(fixtures.count("select min(id) from content_area")));
        ids.put("{documentId}", String.valueOf(fixtures.count("select min(id) from legal_document")));
        return ids;
    }
}
