package vn.mttq.thidua.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** rep2 (another agency's representative) reaches nothing of rep1's agency, whatever id is in the URL. */
@ThiDuaTest
@Transactional
class AgencyIsolationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private UnitService units;

    private long agency;
    private long unit;
    private UserDetails rep2;

    @BeforeEach
    void setUp() {
        agency = fixtures.agencyOf("rep1");
        unit = fixtures.firstActiveUnitOf(agency);
        rep2 = users.loadUserByUsername("rep2");
        assertThat(fixtures.agencyOf("rep2")).isNotEqualTo(agency);
    }

    @Test
    void rep2CannotReadOrChangeRep1sAgencyOrUnits() throws Exception {
        long unitsBefore = fixtures.count("select count(*) from unit where agency_id = ?", agency);
        long auditBefore = fixtures.count("select count(*) from audit_record where action not in ('NOT_FOUND', 'FORBIDDEN')");
        long denials = fixtures.count("select count(*) from audit_record where actor = 'rep2' and action in ('NOT_FOUND', 'FORBIDDEN')");
        Map<String, Object> unitBefore = fixtures.jdbc().queryForMap("select name, status, version from unit where id = ?", unit);

        List<MockHttpServletRequestBuilder> attempts = List.of(
                get("/agencies/" + agency),
                get("/agencies/" + agency + "/edit"),
                post("/agencies/" + agency).param("name", "Hijacked").param("kind", "OTHER").param("version", "0"),
                get("/agencies/" + agency + "/units/new"),
                post("/agencies/" + agency + "/units").param("name", "Intruder unit").param("kind", "OFFICE")
                        .param("contentAreaId", "1"),
                get("/units/" + unit + "/edit"),
                post("/units/" + unit).param("name", "Renamed by rep2").param("kind", "OFFICE")
                        .param("contentAreaId", "1").param("version", unitBefore.get("version").toString()),
                post("/units/" + unit + "/withdraw").param("reason", "rep2 was here")
                        .param("version", unitBefore.get("version").toString()));
        for (MockHttpServletRequestBuilder attempt : attempts) {
            int status = mvc.perform(attempt.with(user(rep2)).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(attempt.toString()).isIn(403, 404);
        }

        assertThat(fixtures.count("select count(*) from unit where agency_id = ?", agency)).isEqualTo(unitsBefore);
        assertThat(fixtures.jdbc().queryForMap("select name, status, version from unit where id = ?", unit)).isEqualTo(unitBefore);
        // nothing changed; what rep2 tried is on the trail as refusals
        assertThat(fixtures.count("select count(*) from audit_record where action not in ('NOT_FOUND', 'FORBIDDEN')")).isEqualTo(auditBefore);
        assertThat(fixtures.count("select count(*) from audit_record where actor = 'rep2' and action in ('NOT_FOUND', 'FORBIDDEN')"))
                .isGreaterThan(denials);
    }

    @Test
    void theScopeIsInTheServiceNotOnlyInTheUrlRules() {
        UserDetails rep2 = users.loadUserByUsername("rep2");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        rep2, null, rep2.getAuthorities()));
        try {
            assertThatThrownBy(() -> units.getVisible(unit)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> units.ofAgency(agency)).isInstanceOf(NotFoundException.class);
            assertThat(units.ofAgency(fixtures.agencyOf("rep2"))).isNotEmpty();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void rep1ReachesTheirOwnAgency() throws Exception {
        UserDetails rep1 = users.loadUserByUsername("rep1");
        assertThat(mvc.perform(get("/agencies/" + agency).with(user(rep1))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/units/" + unit + "/edit").with(user(rep1))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/my-agency").with(user(rep1))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/agencies/" + agency);
    }
}
