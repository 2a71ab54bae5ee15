package vn.mttq.thidua.agency;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.pledge.Pledge;
import vn.mttq.thidua.pledge.PledgeService;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Participation per campaign: rep1's units take part in 2021–2025 and not yet in 2026–2030 (the demo leaves
 * that to rep1); the registration page proposes each the content area of the same number; once registered a
 * unit writes its 2026 pledge, while its 2021–2025 history stays where it was.
 */
@ThiDuaTest
@Transactional
class ParticipationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UnitService units;
    @Autowired
    private PledgeService pledges;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void unitsAreCarriedOverIntoTheNewCampaignAndThenPledgeForItsYears() throws Exception {
        long agency = fixtures.agencyOf("rep1");
        long next = campaigns.ofYear(2026).orElseThrow().getId();
        long reference = fixtures.campaignId();
        long unit = fixtures.pastUnit(agency, "Trường THCS Mỹ Phước Tây (kiểm thử)");
        Fixtures.signIn(users, "rep1");
        UnitForm form = new UnitForm();
        form.setName("Trường THCS Mỹ Phước Tây 2 (kiểm thử)");
        form.setKind(UnitKind.SCHOOL);
        form.setContentAreaId(fixtures.count("select id from content_area where campaign_id = ? and number = 3", reference));
        assertThatThrownBy(() -> units.register(agency, form.details())).as("nothing is registered in a closed campaign")
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("campaign.error.closed"));
        SecurityContextHolder.clearContext();
        fixtures.flush();
        long historyBefore = fixtures.count("select count(*) from pledge where unit_id = ?", unit);

        Fixtures.signIn(users, "rep1");
        assertThatThrownBy(() -> pledges.start(unit, 2026)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("pledge.error.notTakingPart"));
        SecurityContextHolder.clearContext();

        var rep1 = users.loadUserByUsername("rep1");
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/agencies/" + agency + "/participation").with(user(rep1)))
                .andReturn().getResponse().getContentAsString());
        long proposedArea = fixtures.count("select id from content_area where campaign_id = ? and number = 3", next);
        assertThat(page).contains("2026–2030").contains("name=\"area_" + unit + "\"")
                .containsPattern("value=\"" + proposedArea + "\"\\s+selected");

        MockHttpServletResponse registered = mvc.perform(post("/agencies/" + agency + "/participation").with(user(rep1))
                .with(csrf()).param("campaignId", String.valueOf(next)).param("area_" + unit, String.valueOf(proposedArea)))
                .andReturn().getResponse();
        assertThat(registered.getStatus()).isEqualTo(302);
        fixtures.flush();
        assertThat(fixtures.count("select content_area_id from participation where unit_id = ? and campaign_id = ?", unit, next))
                .isEqualTo(proposedArea);
        assertThat(fixtures.count("select count(*) from participation where unit_id = ?", unit)).isEqualTo(2);
        assertThat(fixtures.count("select count(*) from audit_record r join participation p on p.id = r.entity_id "
                + "where r.entity_type = 'Participation' and r.action = 'CREATE' and r.actor = 'rep1' and p.unit_id = ? "
                + "and p.campaign_id = ?", unit, next)).isEqualTo(1);

        Fixtures.signIn(users, "rep1");
        Pledge pledge = pledges.start(unit, 2026);
        assertThat(pledge.getYear()).isEqualTo(2026);
        assertThat(pledges.canSubmit(pledge)).as("the demo's 2026 pledge window is open today").isTrue();
        assertThat(fixtures.count("select count(*) from pledge where unit_id = ? and year < 2026", unit))
                .isEqualTo(historyBefore);
    }

    @Test
    void aRepresentativeRegistersOnlyTheirOwnAgencysUnits() throws Exception {
        long next = campaigns.ofYear(2026).orElseThrow().getId();
        long otherUnit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep2"));
        long area = fixtures.count("select min(id) from content_area where campaign_id = ?", next);
        var rep1 = users.loadUserByUsername("rep1");
        mvc.perform(post("/agencies/" + fixtures.agencyOf("rep1") + "/participation").with(user(rep1)).with(csrf())
                .param("campaignId", String.valueOf(next)).param("area_" + otherUnit, String.valueOf(area)));
        assertThat(mvc.perform(get("/agencies/" + fixtures.agencyOf("rep2") + "/participation").with(user(rep1)))
                .andReturn().getResponse().getStatus()).isIn(403, 404);
        fixtures.flush();
        assertThat(fixtures.count("select count(*) from participation where unit_id = ? and campaign_id = ? and registered_by = 'rep1'",
                otherUnit, next)).isZero();
        Fixtures.signIn(users, "rep1");
        assertThatThrownBy(() -> units.register(fixtures.agencyOf("rep2"), next, Map.of(otherUnit, area)))
                .isInstanceOfAny(org.springframework.security.access.AccessDeniedException.class,
                        vn.mttq.thidua.shared.NotFoundException.class);
    }
}
