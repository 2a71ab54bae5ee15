package vn.mttq.thidua.browser;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core (WCAG 2 A and AA rules) on the main pages, in both languages, as each role sees them. */
@ThiDuaTest
class AccessibilityTest extends ChromiumTest {

    private final List<String> violations = new java.util.ArrayList<>();

    @Autowired
    private Fixtures fixtures;

    @Test
    void theMainPagesHaveNoAccessibilityViolations() {
        Browser browser = browser();
        browser.open("/login");
        check("login");
        browser.open("/login?lang=en");
        check("login en");

        browser.signIn("staff", "ThiDua@2025");
        long agency = fixtures.agencyOf("rep1");
        for (String path : List.of("/?lang=vi", "/campaigns", "/campaigns/" + fixtures.campaignId(), "/agencies",
                "/agencies/" + agency, "/agencies/new", "/agencies/" + agency + "/units/new", "/periods",
                "/periods/" + fixtures.periodId() + "/edit", "/account/password", "/agencies/987654", "/pledges",
                "/pledges/" + firstOf("pledge", "SUBMITTED"), "/reports", "/reports/" + firstOf("report", "NOT_REVIEWED"),
                "/campaigns/" + fixtures.runningCampaignId() + "/step?to=FINAL_REVIEW",
                "/criteria", "/criteria/new?area=" + fixtures.count("select min(id) from content_area"), "/rankings",
                "/dashboard?campaign=" + fixtures.campaignId(), "/dashboard/units?missing=true&campaign=" + fixtures.campaignId()
                        + "&period=" + fixtures.count("select min(id) from reporting_period where kind = 'ANNUAL'"),
                "/campaigns/new?from=" + fixtures.campaignId(), "/campaigns/" + fixtures.campaignId() + "/areas/"
                        + fixtures.count("select min(id) from content_area") + "/edit",
                "/agencies/" + fixtures.count("select id from agency where short_name = 'MTTQ huyện Cái Bè'"))) {
            browser.open(path);
            check(path);
        }
        browser.open("/agencies/new");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        check("agency form with errors");

        browser.signIn("rep1", "ThiDua@2025");
        long rep1Report = fixtures.count("select min(r.id) from report r join unit u on u.id = r.unit_id "
                + "where u.agency_id = ? and r.status in ('DRAFT', 'RETURNED')", agency);
        for (String path : List.of("/?lang=vi", "/dashboard?lang=en", "/pledges", "/reports", "/reports/" + rep1Report + "/edit", "/reports?lang=en",
                "/agencies/" + agency + "/participation", "/agencies/" + agency + "/participation?lang=en")) {
            browser.open(path);
            check(path);
        }

        browser.signIn("admin", "ThiDua@2025");
        long decision = fixtures.count("select min(id) from decision where status = 'PUBLISHED'");
        for (String path : List.of("/admin/accounts?lang=en", "/admin/accounts/new", "/audit", "/?lang=vi", "/nominations",
                "/nominations/" + fixtures.count("select min(id) from nomination"), "/council-sessions", "/council-sessions/new",
                "/decisions", "/decisions/new", "/decisions/" + decision,
                "/campaigns/" + fixtures.campaignId() + "/step?to=FINAL_REVIEW", "/decision-basis", "/decision-basis/new",
                "/decision-basis/" + fixtures.count("select min(id) from decision_basis") + "/edit?lang=en",
                "/commendation-forms", "/honor-roll",
                "/honor-roll?lang=en", "/?lang=vi")) {
            browser.open(path);
            check(path);
        }
        assertThat(violations).isEmpty();
    }

    private long firstOf(String table, String status) {
        return fixtures.count("select min(id) from " + table + " where status = ?", status);
    }

    private void check(String page) {
        Results results = current().axeHere(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")));
        results.getViolations().stream()
                .map(rule -> page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + nodes(rule))
                .forEach(violations::add);
    }

    private static String nodes(Rule rule) {
        return rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList().toString();
    }
}
