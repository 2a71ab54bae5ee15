package vn.mttq.thidua.honorroll;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.audit.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public honor roll is read in one transaction and kept until something changes: a view with nothing audited
 * since the last one reads only the latest audit record's id; a change shows at the next view.
 */
@ThiDuaTest
@Transactional
class HonorRollTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AuditLog audit;
    @Autowired
    private org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aViewWithNothingChangedReadsOnlyTheLatestChangeAndAChangeShowsAtTheNext() throws Exception {
        Map<String, Object> initiative = fixtures.jdbc().queryForMap("""
                select i.id, p.campaign_id from initiative i join report r on r.id = i.report_id
                join reporting_period p on p.id = r.period_id join campaign c on c.id = p.campaign_id
                where r.status = 'ACCEPTED' and not i.exemplary order by i.id limit 1""");
        String page = "/honor-roll?campaign=" + initiative.get("campaign_id");
        String title = "Số hóa hồ sơ thi đua của khu phố thử nghiệm";
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        assertThat(view(page)).doesNotContain(title);
        assertThat(statistics.getPrepareStatementCount()).as("a first view: the latest change, then what the page shows")
                .isLessThanOrEqualTo(7);
        statistics.clear();
        assertThat(view(page)).doesNotContain(title);
        assertThat(statistics.getPrepareStatementCount()).as("a second view, nothing changed: the latest change alone")
                .isEqualTo(1);

        // found exemplary (and named anew, to be told apart), as ReportService.markExemplary does it — the demo's
        // campaign may be closed by then: the initiative changed and its audit record written
        Fixtures.signIn(users, "staff");
        long id = ((Number) initiative.get("id")).longValue();
        fixtures.jdbc().update("update initiative set title = ?, exemplary = true, exemplary_at = now(), exemplary_by = 'staff' "
                + "where id = ?", title, id);
        audit.record("MARK_EXEMPLARY", "Initiative", id, null, Map.of("exemplary", false), Map.of("exemplary", true));
        fixtures.flush();
        SecurityContextHolder.clearContext();
        statistics.clear();
        assertThat(view(page)).as("found exemplary: on the honor roll at the next view").contains(title);
        assertThat(statistics.getPrepareStatementCount()).isGreaterThan(1);
    }

    private String view(String page) throws Exception {
        var response = mvc.perform(get(page)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }
}
