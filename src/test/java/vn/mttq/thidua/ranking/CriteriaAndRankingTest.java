package vn.mttq.thidua.ranking;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.criterion.Criterion;
import vn.mttq.thidua.criterion.CriterionForm;
import vn.mttq.thidua.criterion.CriterionService;
import vn.mttq.thidua.report.ReportService;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Criteria are managed by staff, thresholds are settings an admin changes, and the ranking follows both. */
@ThiDuaTest
@Transactional
class CriteriaAndRankingTest {

    @Autowired
    private CriterionService criteria;
    @Autowired
    private RankingService rankings;
    @Autowired
    private vn.mttq.thidua.campaign.CampaignService campaigns;
    @Autowired
    private ReportService reports;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CriterionForm form(long area, Long parent, String code, String max) {
        CriterionForm form = new CriterionForm();
        form.setContentAreaId(area);
        form.setParentId(parent);
        form.setCode(code);
        form.setName("Tiêu chí " + code);
        form.setMaxPoints(new BigDecimal(max));
        return form;
    }

    /** A content area of a draft campaign of its own, whose criteria are free to build. */
    private long draftArea() {
        vn.mttq.thidua.campaign.Campaign draft = campaigns.create(new vn.mttq.thidua.campaign.CampaignDetails(
                "Phong trào kiểm thử tiêu chí", null, "Kiểm thử tiêu chí", "Ban Thường trực", null, null, 2051, 2055), null);
        return campaigns.addArea(draft.getId(), new vn.mttq.thidua.campaign.AreaDetails("Nội dung kiểm thử", null,
                "Mọi cơ quan", null, null)).getId();
    }

    @Test
    void aLaunchedCampaignsCriteriaKeepTheirNumberingOnceUnitsHaveReported() {
        long report = fixtures.report("Trường THCS Long Định (kiểm thử)", 2, "ANNUAL", 2027, true, null);
        long area = fixtures.count("select content_area_id from report where id = ?", report);
        Fixtures.signIn(users, "staff");
        assertThatThrownBy(() -> criteria.create(form(area, null, "V", "10").details()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("criterion.error.numberingFixed"));
        Criterion existing = criteria.tree(area).get(0).criterion();
        CriterionForm renumbered = form(area, null, existing.getCode() + "bis", "20");
        renumbered.setVersion(existing.getVersion());
        assertThatThrownBy(() -> criteria.update(existing.getId(), renumbered.details(), renumbered.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("criterion.error.numberingFixed"));
        CriterionForm corrected = form(area, existing.getParentId(), existing.getCode(), existing.getMaxPoints().toPlainString());
        corrected.setName("Công tác tổ chức phong trào (sửa lời văn)");
        corrected.setBonusPoints(existing.getBonusPoints());
        corrected.setSortOrder(existing.getSortOrder());
        corrected.setVersion(existing.getVersion());
        assertThat(criteria.update(existing.getId(), corrected.details(), corrected.getVersion()).getName()).isEqualTo("Công tác tổ chức phong trào (sửa lời văn)");
    }

    @Test
    void staffBuildTheTreeAndCannotBreakIt() {
        Fixtures.signIn(users, "staff");
        long area = draftArea();
        Criterion group = criteria.create(form(area, null, "V", "10").details());
        Criterion leaf = criteria.create(form(area, group.getId(), "5.1", "10").details());
        assertThatThrownBy(() -> criteria.create(form(area, null, "v", "5").details()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("code"));
        CriterionForm loop = form(area, leaf.getId(), "V", "10");
        loop.setVersion(group.getVersion());
        assertThatThrownBy(() -> criteria.update(group.getId(), loop.details(), loop.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("criterion.error.parentCycle"));
        assertThatThrownBy(() -> criteria.delete(group.getId()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("criterion.error.hasChildren"));
        long scored = fixtures.count("select min(criterion_id) from report_score");
        assertThatThrownBy(() -> criteria.delete(scored))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("criterion.error.scored"));
        criteria.delete(leaf.getId());
        assertThat(criteria.tree(area)).extracting(row -> row.criterion().getCode()).contains("V").doesNotContain("5.1");
        assertThat(criteria.tree(area).stream().filter(row -> row.criterion().getCode().equals("V")).findFirst().orElseThrow()
                .leaf()).isTrue();

        Fixtures.signIn(users, "rep1");
        assertThatThrownBy(() -> criteria.create(form(area, null, "X", "1").details())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAdminChangesTheThresholdsWhichMustDecrease() throws Exception {
        Fixtures.signIn(users, "staff");
        assertThatThrownBy(() -> rankings.setThresholds(new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("50")))
                .isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(users, "admin");
        assertThatThrownBy(() -> rankings.setThresholds(new BigDecimal("80"), new BigDecimal("85"), new BigDecimal("50")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("good"));
        SecurityContextHolder.clearContext();

        MockHttpServletResponse refused = mvc.perform(post("/rankings/thresholds").with(user(users.loadUserByUsername("admin")))
                .with(csrf()).param("excellent", "80").param("good", "abc").param("fair", "50")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Không phải số hợp lệ").contains("value=\"abc\"");

        MockHttpServletResponse saved = mvc.perform(post("/rankings/thresholds").with(user(users.loadUserByUsername("admin")))
                .with(csrf()).param("excellent", "80").param("good", "70,5").param("fair", "50")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/rankings");
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select min_score from classification_level where code = 'GOOD'",
                BigDecimal.class)).isEqualByComparingTo("70.5");

        long period = fixtures.count("select id from reporting_period where kind = 'ANNUAL' and year = 2022");
        long area = fixtures.count("select id from content_area where number = 1 and campaign_id = (select min(id) from campaign)");
        Fixtures.signIn(users, "staff");
        var rows = rankings.rankAll(period, area);
        assertThat(rows).isNotEmpty();
        rows.forEach(row -> {
            BigDecimal score = row.score();
            String expected = score.compareTo(new BigDecimal("80")) >= 0 ? "EXCELLENT"
                    : score.compareTo(new BigDecimal("70.5")) >= 0 ? "GOOD" : score.compareTo(new BigDecimal("50")) >= 0 ? "FAIR" : "AVERAGE";
            assertThat(row.level().getCode()).isEqualTo(expected);
        });
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).score()).isLessThanOrEqualTo(rows.get(i - 1).score());
        }
        String page = mvc.perform(get("/rankings").param("period", String.valueOf(period)).param("area", String.valueOf(area))
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(rows.get(0).unitName());
    }

    /**
     * Equal scores share a rank and the next rank skips (1, 2, 2, 4), units of equal score in the order of their
     * names; the ranks are of the whole ranking, not of the page shown, and the page says how many there are.
     */
    @Test
    void equalScoresShareARankAcrossPages() throws Exception {
        long first = fixtures.report("Trường Tiểu học Mỹ Tho (kiểm thử)", 1, "ANNUAL", 2028, true, "9");
        long second = fixtures.report("Trường THCS Bình Đức (kiểm thử)", 1, "ANNUAL", 2028, true, "8");
        long third = fixtures.report("Trường THCS An Hữu (kiểm thử)", 1, "ANNUAL", 2028, true, "8");
        long fourth = fixtures.report("Trường THPT Cái Bè (kiểm thử)", 1, "ANNUAL", 2028, true, "7");
        long period = fixtures.count("select period_id from report where id = ?", first);
        long area = fixtures.count("select content_area_id from report where id = ?", first);
        Fixtures.signIn(users, "staff");
        assertThat(rankings.rankAll(period, area)).extracting(RankingRow::reportId, RankingRow::rank)
                .containsExactly(tuple(first, 1), tuple(third, 2), tuple(second, 2), tuple(fourth, 4));
        Ranking secondPage = rankings.rank(period, area, org.springframework.data.domain.PageRequest.of(1, 2));
        assertThat(secondPage.rows().getContent()).extracting(RankingRow::reportId, RankingRow::rank)
                .containsExactly(tuple(second, 2), tuple(fourth, 4));
        assertThat(secondPage.rows().getTotalElements()).isEqualTo(4);
        assertThat(secondPage.levels()).extracting(ClassificationLevel::getCode).startsWith("EXCELLENT");
        SecurityContextHolder.clearContext();

        String page = mvc.perform(get("/rankings").param("period", String.valueOf(period)).param("area", String.valueOf(area))
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tìm thấy 4 kết quả")
                .containsSubsequence("Mỹ Tho (kiểm thử)", "An Hữu (kiểm thử)", "Bình Đức (kiểm thử)", "Cái Bè (kiểm thử)");
    }

    /** Within a cluster of the period's year, only its members' units are ranked, among themselves. */
    @Test
    void theRankingWithinAClusterRanksItsMembersUnitsAmongThemselves() throws Exception {
        long best = fixtures.report("Trường Tiểu học Cụm A (kiểm thử)", 1, "ANNUAL", 2028, true, "9");
        long second = fixtures.report("Trường THCS Cụm B (kiểm thử)", 1, "ANNUAL", 2028, true, "8");
        long third = fixtures.report("Trường THPT Cụm C (kiểm thử)", 1, "ANNUAL", 2028, true, "7");
        long interior = fixtures.count("select id from agency where short_name = 'Sở Nội vụ'");
        fixtures.jdbc().update("update unit set agency_id = ? where id = (select unit_id from report where id = ?)", interior, best);
        long cluster = fixtures.count("insert into cluster_year (year, name, kind, created_by) values (2028, 'Khối xếp hạng thử', "
                + "'BLOCK', 'staff') returning id");
        fixtures.jdbc().update("insert into cluster_member (cluster_id, agency_id, year, position) values (?, ?, 2028, 1), "
                + "(?, ?, 2028, 2)", cluster, fixtures.agencyOf("rep1"), cluster,
                fixtures.count("select id from agency where short_name = 'Sở Tư pháp'"));
        long period = fixtures.count("select period_id from report where id = ?", best);
        long area = fixtures.count("select content_area_id from report where id = ?", best);
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/rankings")
                .param("period", String.valueOf(period)).param("area", String.valueOf(area)).param("cluster", String.valueOf(cluster))
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Xếp hạng các đơn vị của Khối xếp hạng thử").contains("Tìm thấy 2 kết quả")
                .containsSubsequence("<td>1</td>", "Cụm B (kiểm thử)", "<td>2</td>", "Cụm C (kiểm thử)")
                .doesNotContain("Cụm A (kiểm thử)");
        assertThat(second).isNotEqualTo(third);
        String all = mvc.perform(get("/rankings").param("period", String.valueOf(period)).param("area", String.valueOf(area))
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Cụm A (kiểm thử)").contains("Khối xếp hạng thử");
    }

    /** A period and content area with no accepted report says so, in the reader's language, and offers no export. */
    @Test
    void anEmptyRankingSaysNoReportWasScoredYet() throws Exception {
        long period = fixtures.count("select p.id from reporting_period p where p.kind = 'ANNUAL' and not exists "
                + "(select 1 from report r where r.period_id = p.id and r.status = 'ACCEPTED') order by p.id limit 1");
        long area = fixtures.count("select min(a.id) from content_area a join reporting_period p on p.campaign_id = a.campaign_id "
                + "where p.id = ?", period);
        for (String[] language : new String[][] {{"vi", "Chưa có báo cáo nào được chấm điểm và duyệt cho kỳ và nội dung này."},
                {"en", "No report has been scored and approved for this period and content area yet."}}) {
            String page = mvc.perform(get("/rankings").param("period", String.valueOf(period)).param("area", String.valueOf(area))
                    .param("lang", language[0]).with(user(users.loadUserByUsername("staff"))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains(language[1]).doesNotContain("/rankings/export");
        }
    }

    @Test
    void theRankingExportsToExcelAsShown() throws Exception {
        long period = fixtures.count("select id from reporting_period where kind = 'ANNUAL' and year = 2023");
        long area = fixtures.count("select id from content_area where number = 1 and campaign_id = (select min(id) from campaign)");
        Fixtures.signIn(users, "staff");
        var rows = rankings.rankAll(period, area);
        SecurityContextHolder.clearContext();
        MockHttpServletResponse response = mvc.perform(get("/rankings/export").param("period", String.valueOf(period))
                .param("area", String.valueOf(area)).with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Xếp hạng đơn vị — Báo cáo năm 2023");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + rows.size());
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo(rows.get(0).unitName());
            assertThat(sheet.getRow(4).getCell(3).getNumericCellValue())
                    .isEqualTo(rows.get(0).score().doubleValue());
        }
    }

    @Test
    void staffMarkAnInitiativeExemplary() {
        long report = fixtures.report("Trường THPT Vĩnh Bình (kiểm thử)", 1, "ANNUAL", 2027, true, "8");
        long initiative = fixtures.count("select id from initiative where report_id = ?", report);
        Fixtures.signIn(users, "staff");
        reports.markExemplary(report, initiative, true);
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select exemplary_by from initiative where id = ?", String.class, initiative))
                .isEqualTo("staff");
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'Initiative' and entity_id = ? "
                + "and action = 'MARK_EXEMPLARY'", initiative)).isEqualTo(1);
        // an exemplary initiative of an accepted report: what the honor roll shows (HonorRollQueries)
        assertThat(fixtures.count("select count(*) from initiative i join report r on r.id = i.report_id "
                + "where i.id = ? and i.exemplary and r.status = 'ACCEPTED'", initiative)).isEqualTo(1);
        Fixtures.signIn(users, "rep1");
        assertThatThrownBy(() -> reports.markExemplary(report, initiative, false)).isInstanceOf(AccessDeniedException.class);
    }
}
