package vn.mttq.thidua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.agency.UnitForm;
import vn.mttq.thidua.agency.UnitKind;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.period.PeriodService;
import vn.mttq.thidua.pledge.EmulationTitle;
import vn.mttq.thidua.pledge.Pledge;
import vn.mttq.thidua.pledge.PledgeForm;
import vn.mttq.thidua.pledge.PledgeService;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.review.ReviewStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Period windows, lateness, the review cycle and scoring, through the services on PostgreSQL. */
@ThiDuaTest
@Transactional
class ReportRulesTest {

    @Autowired
    private ReportService reports;
    @Autowired
    private PledgeService pledges;
    @Autowired
    private UnitService units;
    @Autowired
    private PeriodService periods;
    @Autowired
    private vn.mttq.thidua.campaign.CampaignService campaigns;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private long unit;
    private LocalDate today;

    @BeforeEach
    void newUnit() {
        today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Fixtures.signIn(users, "rep1");
        UnitForm form = new UnitForm();
        form.setName("Trường THCS kiểm thử quy tắc");
        form.setKind(UnitKind.SCHOOL);
        form.setContentAreaId(fixtures.runningArea(3));
        unit = units.register(fixtures.agencyOf("rep1"), form.details()).getId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long period(String kind, int year, LocalDate opens, LocalDate due, LocalDate closes) {
        long id = fixtures.window(kind, year, opens, due, closes);
        fixtures.clear();
        return id;
    }

    private Report draft(long periodId) {
        Fixtures.signIn(users, "rep1");
        return reports.start(unit, periodId);
    }

    @Test
    void nothingIsSubmittedBeforeTheOpeningDate() {
        long p = period("ANNUAL", 2027, today.plusDays(3), today.plusDays(10), today.plusDays(20));
        Report report = draft(p);
        assertThatThrownBy(() -> reports.submit(report.getId(), report.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("period.error.notOpenYet"));
    }

    @Test
    void aSubmissionUpToTheDueDateIsOnTimeAfterItLate() {
        long open = period("ANNUAL", 2028, today.minusDays(3), today, today.plusDays(10));
        Report onTime = draft(open);
        assertThat(reports.submit(onTime.getId(), onTime.getVersion()).isLate()).isFalse();

        long late = period("MID_TERM_REVIEW", 2028, today.minusDays(30), today.minusDays(1), today.plusDays(10));
        Report afterDue = draft(late);
        Report submitted = reports.submit(afterDue.getId(), afterDue.getVersion());
        assertThat(submitted.isLate()).isTrue();
        assertThat(submitted.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
        fixtures.flush();
        assertThat(fixtures.count("select count(*) from submission where entity_type = 'REPORT' and entity_id = ? and late",
                afterDue.getId())).isEqualTo(1);
    }

    @Test
    void afterClosingOnlyAStaffReopeningLetsTheUnitSubmit() {
        long p = period("ANNUAL", 2029, today.minusDays(60), today.minusDays(30), today.minusDays(1));
        Report report = draft(p);
        assertThatThrownBy(() -> reports.submit(report.getId(), report.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("period.error.closed"));

        Fixtures.signIn(users, "staff");
        assertThatThrownBy(() -> periods.reopen(p, unit, today.minusDays(1), "trễ"))
                .isInstanceOf(BusinessRuleException.class);
        periods.reopen(p, unit, today.plusDays(3), "Đơn vị gặp sự cố mạng, đề nghị nộp bổ sung");
        fixtures.flush();

        Fixtures.signIn(users, "rep1");
        Report submitted = reports.submit(report.getId(), report.getVersion());
        assertThat(submitted.isLate()).isTrue();
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'PeriodReopening' and action = 'REOPEN'"
                + " and actor = 'staff' and summary = 'Trường THCS kiểm thử quy tắc'")).isEqualTo(1);
    }

    @Test
    void staffScoreEveryCriterionWithinItsCeilingBeforeApproving() {
        long p = period("ANNUAL", 2028, today.minusDays(3), today.plusDays(3), today.plusDays(10));
        Report draft = draft(p);
        Report submitted = reports.submit(draft.getId(), draft.getVersion());
        fixtures.flush();

        Fixtures.signIn(users, "staff");
        Report report = reports.getVisible(submitted.getId());
        ScoreForm none = ScoreForm.of(report);
        assertThatThrownBy(() -> reports.scoreAndAccept(report.getId(), none.getStaffScores(), none.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("report.error.unscored"));

        ScoreForm tooHigh = ScoreForm.of(report);
        report.getScores().forEach(s -> tooHigh.getStaffScores().put(s.getCriterion().getId(), s.getCriterion().ceiling()));
        Long criterion = report.getScores().get(0).getCriterion().getId();
        tooHigh.getStaffScores().put(criterion, report.getScores().get(0).getCriterion().ceiling().add(BigDecimal.ONE));
        assertThatThrownBy(() -> reports.score(report.getId(), tooHigh.getStaffScores(), tooHigh.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("report.error.scoreOutOfRange"));

        fixtures.clear();
        Report fresh = reports.getVisible(submitted.getId());
        ScoreForm scores = ScoreForm.of(fresh);
        fresh.getScores().forEach(s -> scores.getStaffScores().put(s.getCriterion().getId(), new BigDecimal("8.5")));
        assertThatThrownBy(() -> reports.returnForChanges(fresh.getId(), "  ", fresh.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("review.error.reasonRequired"));
        Report accepted = reports.scoreAndAccept(fresh.getId(), scores.getStaffScores(), scores.getVersion());
        assertThat(accepted.getStatus()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(accepted.getTotalScore()).isEqualByComparingTo(new BigDecimal("8.5").multiply(
                BigDecimal.valueOf(fresh.getScores().size())));
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForList("select action from audit_record where entity_type = 'Report' and entity_id = ? "
                + "order by id", String.class, accepted.getId())).containsExactly("CREATE", "SUBMIT", "SCORE", "ACCEPT");

        Fixtures.signIn(users, "rep1");
        ReportForm late = ReportForm.of(reports.getVisible(accepted.getId()));
        assertThatThrownBy(() -> reports.save(accepted.getId(), late.details(), late.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("review.error.notEditable"));
    }

    @Test
    void aStaleFormIsAConflictNotAnOverwrite() {
        long p = period("ANNUAL", 2028, today.minusDays(3), today.plusDays(3), today.plusDays(10));
        Report report = draft(p);
        ReportForm first = ReportForm.of(reports.getVisible(report.getId()));
        ReportForm second = ReportForm.of(reports.getVisible(report.getId()));
        first.setNarrative("Bản của người thứ nhất");
        reports.save(report.getId(), first.details(), first.getVersion());
        fixtures.flush();
        second.setNarrative("Bản của người thứ hai");
        assertThatThrownBy(() -> reports.save(report.getId(), second.details(), second.getVersion())).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    private Pledge pledgeWithATarget(int year) {
        Fixtures.signIn(users, "rep1");
        Pledge pledge = pledges.start(unit, year);
        PledgeForm form = new PledgeForm();
        form.setTitleAimed(EmulationTitle.ADVANCED_LABOUR_COLLECTIVE);
        form.setSignatoryName("Lê Minh Châu");
        PledgeForm.Target target = new PledgeForm.Target();
        target.setName("Tỷ lệ học sinh lên lớp");
        target.setMeasure("%");
        target.setTargetValue(new BigDecimal("98"));
        form.getTargets().add(target);
        form.setVersion(pledge.getVersion());
        Pledge saved = pledges.save(pledge.getId(), form.details(), form.getVersion());
        fixtures.flush();
        return saved;
    }

    @Test
    void thePledgeWindowIsEnforcedAsAReportWindowIs() {
        period("PLEDGE", 2027, today.plusDays(3), today.plusDays(10), today.plusDays(20));
        Pledge upcoming = pledgeWithATarget(2027);
        assertThatThrownBy(() -> pledges.submit(upcoming.getId(), upcoming.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("pledge.error.notOpenYet"));

        period("PLEDGE", 2028, today.minusDays(3), today, today.plusDays(10));
        Pledge onTime = pledgeWithATarget(2028);
        assertThat(pledges.submit(onTime.getId(), onTime.getVersion()).isLate()).isFalse();

        period("PLEDGE", 2029, today.minusDays(30), today.minusDays(1), today.plusDays(10));
        Pledge late = pledgeWithATarget(2029);
        assertThat(pledges.submit(late.getId(), late.getVersion()).isLate()).isTrue();

        long closed = period("PLEDGE", 2030, today.minusDays(60), today.minusDays(30), today.minusDays(1));
        Pledge afterClosing = pledgeWithATarget(2030);
        assertThat(pledges.canSubmit(afterClosing)).isFalse();
        assertThatThrownBy(() -> pledges.submit(afterClosing.getId(), afterClosing.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("pledge.error.closed"));
        Fixtures.signIn(users, "staff");
        periods.reopen(closed, unit, today.plusDays(3), "Đơn vị đăng ký bổ sung");
        fixtures.flush();
        Fixtures.signIn(users, "rep1");
        Pledge reopened = pledges.getVisible(afterClosing.getId());
        assertThat(pledges.canSubmit(reopened)).isTrue();
        assertThat(pledges.submit(reopened.getId(), reopened.getVersion()).isLate()).isTrue();
    }

    @Test
    void aClosedCampaignIsReadOnlyForItsPledgesAndReports() {
        long open = period("ANNUAL", 2028, today.minusDays(3), today.plusDays(3), today.plusDays(10));
        Report report = draft(open);
        fixtures.flush();
        Fixtures.signIn(users, "admin");
        long campaign = fixtures.runningCampaignId();
        fixtures.stepCampaign(campaign, vn.mttq.thidua.campaign.CampaignStatus.FINAL_REVIEW, "Kiểm thử: tổng kết sớm");
        fixtures.stepCampaign(campaign, vn.mttq.thidua.campaign.CampaignStatus.CLOSED, "Kiểm thử: kết thúc khi còn hồ sơ");
        fixtures.flush();
        fixtures.clear();

        Fixtures.signIn(users, "rep1");
        ReportForm form = ReportForm.of(reports.getVisible(report.getId()));
        assertThatThrownBy(() -> reports.save(report.getId(), form.details(), form.getVersion())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("campaign.error.closed"));
        assertThatThrownBy(() -> pledges.start(unit, 2028)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("campaign.error.closed"));
        assertThatThrownBy(() -> reports.start(unit, open)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void onePledgePerUnitAndYearWithAtLeastOneTarget() {
        period("PLEDGE", 2026, today.minusDays(3), today.plusDays(3), today.plusDays(10));
        Fixtures.signIn(users, "rep1");
        Pledge pledge = pledges.start(unit, 2026);
        assertThat(pledges.start(unit, 2026).getId()).isEqualTo(pledge.getId());
        assertThatThrownBy(() -> pledges.start(unit, 2020)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> pledges.submit(pledge.getId(), pledge.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("pledge.error.noTarget"));

        PledgeForm form = new PledgeForm();
        form.setTitleAimed(EmulationTitle.EMULATION_FLAG);
        form.setSignatoryName("Lê Minh Châu");
        PledgeForm.Target target = new PledgeForm.Target();
        target.setName("Tỷ lệ học sinh lên lớp");
        target.setMeasure("%");
        target.setTargetValue(new BigDecimal("98"));
        form.getTargets().add(target);
        form.setVersion(pledge.getVersion());
        Pledge saved = pledges.save(pledge.getId(), form.details(), form.getVersion());
        fixtures.flush();
        Pledge submitted = pledges.submit(saved.getId(), saved.getVersion());
        fixtures.flush();
        Fixtures.signIn(users, "staff");
        assertThatThrownBy(() -> pledges.returnForChanges(submitted.getId(), "", submitted.getVersion()))
                .isInstanceOf(BusinessRuleException.class);
        Pledge returned = pledges.returnForChanges(submitted.getId(), "Thiếu chỉ tiêu", submitted.getVersion());
        fixtures.flush();
        assertThatThrownBy(() -> pledges.accept(returned.getId(), returned.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("review.error.transition.RETURNED.ACCEPTED"));
        assertThat(fixtures.jdbc().queryForMap("select status, return_reason from pledge where id = ?", returned.getId()))
                .isEqualTo(Map.of("status", "RETURNED", "return_reason", "Thiếu chỉ tiêu"));
        // last, since the refused insert ends the transaction: the SQL key holds one pledge per unit and year
        assertThatThrownBy(() -> fixtures.jdbc().update("insert into pledge (unit_id, year, title_aimed, signatory_name, "
                + "status, search_key) values (?, 2026, 'EMULATION_FLAG', 'x', 'DRAFT', 'x')", unit))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
