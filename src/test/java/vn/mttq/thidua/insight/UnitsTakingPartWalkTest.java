package vn.mttq.thidua.insight;

import java.sql.SQLException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.mttq.thidua.ScratchDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the units taking part is found by a walk down the agencies in name order that stops once it has the page:
 * the statement reads a few of the campaign's participations, not every one of them to sort them (at the country's
 * 80,000 that took 0.1 s a page, src/bench/RESULTS.md). On a database of its own, with four thousand units more than
 * the demo's taking part and the planner's statistics of them, so that the statement is planned as at a province.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class UnitsTakingPartWalkTest {

    private static final ScratchDatabase DATABASE = new ScratchDatabase("thidua_test_walk");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManager em;

    private long campaign;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        DATABASE.createFor(registry);
    }

    /** Four hundred commune committees of ten residential areas each, taking part in the demo's first campaign. */
    @BeforeAll
    void fourThousandUnitsMore() {
        campaign = jdbc.queryForObject("select min(campaign_id) from participation", Long.class);
        jdbc.update("""
                insert into agency (kind, name, search_key)
                select 'COMMUNE_FRONT', 'Ủy ban MTTQ Việt Nam xã Thử ' || g, 'uy ban mttq viet nam xa thu ' || g
                from generate_series(1, 400) g""");
        jdbc.update("""
                insert into unit (agency_id, content_area_id, name, kind, search_key)
                select a.id, (select min(id) from content_area where campaign_id = ?), 'Khu dân cư số ' || g, 'RESIDENTIAL_AREA',
                       'khu dan cu so ' || g
                from agency a cross join generate_series(1, 10) g where a.name like 'Ủy ban MTTQ Việt Nam xã Thử %'""", campaign);
        jdbc.update("""
                insert into participation (unit_id, campaign_id, content_area_id, registered_by)
                select u.id, ?, (select id from content_area where campaign_id = ? order by number offset u.id % 5 limit 1), 'staff'
                from unit u join agency a on a.id = u.agency_id where a.name like 'Ủy ban MTTQ Việt Nam xã Thử %'""", campaign, campaign);
        jdbc.execute("analyze agency, unit, participation, content_area");
    }

    @AfterAll
    void drop() throws SQLException {
        DATABASE.drop();
    }

    @Test
    @Transactional(readOnly = true)
    void aPageOfTheUnitsTakingPartReadsAFewOfThemNotAll() {
        long takingPart = jdbc.queryForObject("select count(*) from participation where campaign_id = ?", Long.class, campaign);
        assertThat(takingPart).isGreaterThan(4000);
        Query explain = em.createNativeQuery("explain (analyze, format json) " + InsightQueries.UNITS_TAKING_PART);
        InsightQueries.unitsTakingPartParameters(campaign, null, null, null, false, null, PageRequest.of(0, 10))
                .forEach(explain::setParameter);
        JsonNode plan = JsonMapper.builder().build().readTree(explain.getSingleResult().toString());
        // the page's participations (p), not those counted (up to 1,001, in no order): the rows read, or for a probe
        // of one unit (a node's rows are an average per loop, rounded) the probes
        double read = plan.findParents("Relation Name").stream()
                .filter(n -> n.get("Relation Name").asString().equals("participation") && n.get("Alias").asString().equals("p"))
                .mapToDouble(n -> Math.max(n.get("Actual Rows").asDouble(), 1) * n.get("Actual Loops").asDouble()).sum();
        assertThat(read).as("participations read for a page of 10 of " + takingPart)
                .isGreaterThanOrEqualTo(10).isLessThan(takingPart / 10.0);
    }
}
