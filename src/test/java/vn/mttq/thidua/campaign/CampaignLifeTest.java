package vn.mttq.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.mttq.thidua.period.PeriodKind;
import vn.mttq.thidua.period.PeriodService;
import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Campaigns set up in the application: created blank or as a copy of an earlier one (content areas, criteria
 * trees and the period pattern — nothing else), proposed their periods, taken through their life with every
 * forbidden step refused, and audited.
 */
@ThiDuaTest
@Transactional
class CampaignLifeTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private PeriodService periods;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private Fixtures fixtures;

    private long reference;

    @BeforeEach
    void staff() {
        Fixtures.signIn(users, "staff");
        reference = fixtures.campaignId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static CampaignDetails details(int start, int end) {
        return new CampaignDetails("Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế",
                "Creative solidarity", "Đoàn kết sáng tạo", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp",
                "Ủy ban nhân dân tỉnh Đồng Tháp", "Giai đoạn mới của phong trào.", start, end);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    @Test
    void theStatusesGoOneWayInOrder() {
        assertThat(CampaignStatus.DRAFT.canBecome(CampaignStatus.LAUNCHED)).isTrue();
        assertThat(CampaignStatus.LAUNCHED.canBecome(CampaignStatus.FINAL_REVIEW)).isTrue();
        assertThat(CampaignStatus.FINAL_REVIEW.canBecome(CampaignStatus.CLOSED)).isTrue();
        assertThat(CampaignStatus.FINAL_REVIEW.isBack(CampaignStatus.LAUNCHED)).isTrue();
        assertThat(CampaignStatus.CLOSED.back()).containsExactly(CampaignStatus.LAUNCHED, CampaignStatus.FINAL_REVIEW);
        assertThat(CampaignStatus.CLOSED.next()).isEmpty();
        assertThat(CampaignStatus.forbiddenSteps()).hasSize(10).contains("CLOSED.DRAFT", "DRAFT.CLOSED", "LAUNCHED.DRAFT")
                .doesNotContain("CLOSED.LAUNCHED");
    }

    @Test
    void aCopyTakesTheAreasCriteriaAndPeriodPatternAndNothingElse() {
        Campaign copy = campaigns.create(details(2031, 2035), reference);
        fixtures.flush();
        assertThat(copy.getStatus()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(copy.getCode()).isEqualTo("DKST-2031-2035");

        assertThat(fixtures.jdbc().queryForList("select number, name from content_area where campaign_id = ? order by number",
                copy.getId())).isEqualTo(fixtures.jdbc().queryForList(
                "select number, name from content_area where campaign_id = ? order by number", reference));
        String criteria = """
                select a.number, c.code, c.name, c.max_points, c.bonus_points, p.code as parent
                from criterion c join content_area a on a.id = c.content_area_id left join criterion p on p.id = c.parent_id
                where a.campaign_id = ? order by a.number, c.code""";
        List<Map<String, Object>> copied = fixtures.jdbc().queryForList(criteria, copy.getId());
        assertThat(copied).isNotEmpty().isEqualTo(fixtures.jdbc().queryForList(criteria, reference));

        List<ReportingPeriod> proposed = periods.all(copy.getId());
        List<ReportingPeriod> source = periods.all(reference);
        assertThat(proposed).hasSameSizeAs(source);
        assertThat(proposed).allSatisfy(p -> assertThat(p.getYear()).isBetween(2031, 2035));
        ReportingPeriod annual2031 = proposed.stream().filter(p -> p.getKind() == PeriodKind.ANNUAL && p.getYear() == 2031)
                .findFirst().orElseThrow();
        assertThat(annual2031.getOpensOn()).isEqualTo(LocalDate.of(2031, 11, 15));
        assertThat(annual2031.getName()).isEqualTo("Báo cáo năm 2031");
        assertThat(proposed).anyMatch(p -> p.getKind() == PeriodKind.FINAL_REVIEW && p.getYear() == 2035
                && p.getName().equals("Tổng kết phong trào 2031–2035"));

        assertThat(fixtures.count("select count(*) from legal_document where campaign_id = ?", copy.getId())).isZero();
        assertThat(fixtures.count("select count(*) from unit u join content_area a on a.id = u.content_area_id "
                + "where a.campaign_id = ?", copy.getId())).isZero();
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'Campaign' and entity_id = ? "
                + "and action = 'CREATE'", copy.getId())).isEqualTo(1);
    }

    @Test
    void aNewCampaignIsProposedTheDefaultPeriods() throws Exception {
        Campaign fresh = campaigns.create(details(2036, 2040), null);
        fixtures.flush();
        List<ReportingPeriod> proposed = periods.all(fresh.getId());
        assertThat(proposed).filteredOn(p -> p.getKind() == PeriodKind.PLEDGE).hasSize(5);
        assertThat(proposed).filteredOn(p -> p.getKind() == PeriodKind.ANNUAL).hasSize(5);
        assertThat(proposed).filteredOn(p -> p.getKind() == PeriodKind.MID_TERM_REVIEW).singleElement()
                .satisfies(p -> assertThat(p.getYear()).isEqualTo(2038));
        assertThat(proposed).filteredOn(p -> p.getKind() == PeriodKind.FINAL_REVIEW).singleElement()
                .satisfies(p -> assertThat(p.getYear()).isEqualTo(2040));
        refused(() -> fixtures.stepCampaign(fresh.getId(), CampaignStatus.LAUNCHED, null), "campaign.error.noContentArea");
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/" + fresh.getId())
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Phong trào chưa có nội dung thi đua nào").doesNotContain("<ol class=\"list-group");
    }

    @Test
    void aDraftIsFreeALaunchedCampaignKeepsItsStructureAndAClosedOneIsReadOnly() {
        refused(() -> campaigns.create(details(2024, 2028), null), "campaign.error.overlap");
        refused(() -> campaigns.create(details(2031, 2045), null), "campaign.error.years");

        Campaign campaign = campaigns.create(details(2031, 2035), reference);
        fixtures.flush();
        campaign = campaigns.describe(campaign.getId(), details(2031, 2034), campaign.getVersion());
        fixtures.flush();
        assertThat(campaign.getEndYear()).isEqualTo(2034);
        ContentArea added = campaigns.addArea(campaign.getId(), new AreaDetails("Chuyển đổi số", null, "Mọi cơ quan", null, null));
        assertThat(added.getNumber()).isEqualTo(6);
        fixtures.flush();

        long id = campaign.getId();
        refused(() -> fixtures.stepCampaign(id, CampaignStatus.CLOSED, null), "campaign.error.transition.DRAFT.CLOSED");
        fixtures.stepCampaign(id, CampaignStatus.LAUNCHED, null);
        fixtures.flush();
        refused(() -> campaigns.describe(id, details(2031, 2035), fixtures.versionOf("campaign", id)), "campaign.error.yearsFixed");
        refused(() -> campaigns.addArea(id, new AreaDetails("Thêm", null, "Ai đó", null, null)), "campaign.error.areasFixed");
        ContentArea corrected = campaigns.describeArea(id, added.getId(),
                new AreaDetails("Chuyển đổi số trong cơ quan", null, "Mọi cơ quan", null, null));
        assertThat(corrected.getNumber()).isEqualTo(6);
        refused(() -> fixtures.stepCampaign(id, CampaignStatus.DRAFT, null), "campaign.error.transition.LAUNCHED.DRAFT");

        // its final review period opens in 2034: staff wait for it, an admin may start it earlier with a reason
        refused(() -> fixtures.stepCampaign(id, CampaignStatus.FINAL_REVIEW, null), "campaign.rule.finalReviewEarly");
        Fixtures.signIn(users, "admin");
        refused(() -> fixtures.stepCampaign(id, CampaignStatus.FINAL_REVIEW, "  "), "campaign.error.reasonRequired");
        fixtures.stepCampaign(id, CampaignStatus.FINAL_REVIEW, "Kết thúc sớm theo chỉ đạo");
        Fixtures.signIn(users, "staff");
        fixtures.stepCampaign(id, CampaignStatus.CLOSED, null);
        fixtures.flush();
        refused(() -> campaigns.describeArea(id, added.getId(), new AreaDetails("x", null, "y", null, null)), "campaign.error.closed");
        refused(() -> campaigns.addDocument(id, "1/KH", LocalDate.of(2026, 1, 1), "Ban Thường trực", "Kế hoạch"),
                "campaign.error.closed");
        refused(() -> periods.add(id, PeriodKind.ANNUAL, 2032, LocalDate.of(2032, 1, 1), LocalDate.of(2032, 2, 1),
                LocalDate.of(2032, 3, 1)), "campaign.error.closed");
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Campaign' and entity_id = ? "
                + "order by id", String.class, id)).containsExactly("CREATE", "UPDATE", "LAUNCHED", "FINAL_REVIEW", "CLOSED");
    }

    @Test
    void staffCreateACampaignAsTheNextPhaseThroughThePages() throws Exception {
        var staff = users.loadUserByUsername("staff");
        long latest = fixtures.count("select id from campaign where start_year = 2026");
        String form = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/new").param("from", String.valueOf(latest))
                .with(user(staff))).andReturn().getResponse().getContentAsString());
        assertThat(form).contains("value=\"2031\"").contains("value=\"2035\"");

        MockHttpServletResponse created = mvc.perform(post("/campaigns").with(user(staff)).with(csrf())
                .param("name", "Đoàn kết sáng tạo 2031–2035").param("nameEn", "").param("shortName", "Đoàn kết sáng tạo")
                .param("organiser", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp").param("coordinatingBody", "")
                .param("description", "").param("startYear", "2031").param("endYear", "2035")
                .param("copyFrom", String.valueOf(reference)).param("version", "")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        String page = HtmlUtils.htmlUnescape(mvc.perform(get(created.getRedirectedUrl()).with(user(staff)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Đoàn kết sáng tạo 2031–2035").contains("Dự thảo").contains("Phát động phong trào")
                .contains("5 nội dung thi đua");

        long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D+", ""));
        MockHttpServletResponse added = mvc.perform(post("/periods").with(user(staff)).with(csrf())
                .param("campaignId", String.valueOf(id)).param("kind", "MID_TERM_REVIEW").param("year", "2033")
                .param("opensOn", "01/06/2033").param("dueOn", "30/06/2033").param("closesOn", "31/07/2033"))
                .andReturn().getResponse();
        assertThat(HtmlUtils.htmlUnescape(added.getContentAsString())).contains("Phong trào đã có kỳ loại này cho năm này.");

        var rep1 = users.loadUserByUsername("rep1");
        assertThat(mvc.perform(get("/campaigns/new").with(user(rep1))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
