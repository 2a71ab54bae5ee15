package vn.mttq.thidua.report;

import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.criterion.Criterion;
import vn.mttq.thidua.period.Admission;
import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.pledge.PledgeTarget;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.review.ReviewStatus;
import vn.mttq.thidua.review.ReviewedEntity;

/**
 * A unit's report (báo cáo kết quả) for a period: what it achieved on each pledged target, its self-assessment
 * against the criteria, a narrative, initiatives and evidence; staff score it per criterion.
 */
@NamedInterface("api")
@Entity
@Table(name = "report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Report extends ReviewedEntity implements Audited {

    public static final int MAX_EVIDENCE_FILES = 20;
    public static final int MAX_INITIATIVES = 30;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    /** The content area the unit reported in, and the names it had when it submitted: what the record shows. */
    @Column(name = "content_area_id")
    private Long contentAreaId;
    @jakarta.persistence.Embedded
    private vn.mttq.thidua.agency.NamesOfRecord names;

    private String narrative;
    private boolean late;
    @Column(name = "total_score")
    private BigDecimal totalScore;
    @Column(name = "search_key")
    private String searchKey;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Achievement> achievements = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CriterionScore> scores = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Initiative> initiatives = new ArrayList<>();

    @OneToMany(mappedBy = "report")
    @OrderBy("uploadedAt")
    private List<EvidenceFile> evidence = new ArrayList<>();

    /** A report of a unit for a period, in the content area in which the unit takes part in the period's campaign. */
    Report(Unit unit, ReportingPeriod period, Long contentAreaId) {
        this.unit = unit;
        this.period = period;
        this.contentAreaId = contentAreaId;
    }

    /**
     * Takes the unit's and agency's names as they are now. Done at each submission and at approval, never after:
     * an approved report keeps them, whatever becomes of the unit.
     */
    private void recordIdentity() {
        names = vn.mttq.thidua.agency.NamesOfRecord.of(unit);
    }

    /** The unit's name as the record shows it: as it was when submitted, or today's for a draft. */
    public String getUnitNameOnRecord() {
        return vn.mttq.thidua.agency.NamesOfRecord.unitName(names, unit);
    }

    public String getAgencyNameOnRecord() {
        return vn.mttq.thidua.agency.NamesOfRecord.agencyName(names, unit);
    }


    /** Gives the report a row for every target of the unit's accepted pledge and every criterion to score. */
    void prepareRows(List<PledgeTarget> targets, List<Criterion> leafCriteria) {
        Set<Long> haveTargets = achievements.stream().map(a -> a.getTarget().getId()).collect(Collectors.toSet());
        targets.stream().filter(t -> !haveTargets.contains(t.getId()))
                .forEach(t -> achievements.add(new Achievement(this, t)));
        Set<Long> haveCriteria = scores.stream().map(s -> s.getCriterion().getId()).collect(Collectors.toSet());
        leafCriteria.stream().filter(c -> !haveCriteria.contains(c.getId()))
                .forEach(c -> scores.add(new CriterionScore(this, c)));
    }

    /**
     * The representative's part: the narrative, achieved values, self-assessment and initiatives. Only what the
     * form sent is written — a value it did not send at all (null narrative, a target or criterion missing from
     * the maps) keeps what was saved; a value sent empty was cleared and is cleared.
     */
    void write(String narrative, Map<Long, BigDecimal> achievedByTarget, Map<Long, BigDecimal> selfScoreByCriterion,
               List<InitiativeValues> initiativeValues) {
        requireEditable();
        if (narrative != null) {
            this.narrative = narrative;
        }
        achievements.stream().filter(a -> achievedByTarget.containsKey(a.getTarget().getId()))
                .forEach(a -> a.record(achievedByTarget.get(a.getTarget().getId())));
        scores.stream().filter(s -> selfScoreByCriterion.containsKey(s.getCriterion().getId()))
                .forEach(s -> s.assessSelf(selfScoreByCriterion.get(s.getCriterion().getId())));
        if (initiativeValues.size() > MAX_INITIATIVES) {
            throw new BusinessRuleException("report.error.tooManyInitiatives", MAX_INITIATIVES);
        }
        while (initiatives.size() > initiativeValues.size()) {
            initiatives.remove(initiatives.size() - 1);
        }
        for (int i = 0; i < initiativeValues.size(); i++) {
            if (i == initiatives.size()) {
                initiatives.add(new Initiative(this, i + 1));
            }
            InitiativeValues v = initiativeValues.get(i);
            initiatives.get(i).describe(v.title(), v.field(), v.description(), v.benefit(), v.recognisedBy());
        }
    }

    void submit(Admission admission, Instant at) {
        review().submit(at);
        late = admission.isLate();
        recordIdentity();
    }

    /**
     * Staff scores per criterion, while the report awaits review, or to correct an accepted one. Only the
     * criteria the form sent are written; an accepted report keeps a score on every criterion, so a correction
     * that leaves one empty is refused and nothing changes.
     */
    void score(Map<Long, BigDecimal> staffScoreByCriterion) {
        if (!isScorable()) {
            throw new BusinessRuleException("report.error.notScorable");
        }
        if (getStatus() == ReviewStatus.ACCEPTED && scores.stream().anyMatch(s ->
                staffScoreByCriterion.containsKey(s.getCriterion().getId())
                        && staffScoreByCriterion.get(s.getCriterion().getId()) == null)) {
            throw new BusinessRuleException("report.error.unscored");
        }
        scores.stream().filter(s -> staffScoreByCriterion.containsKey(s.getCriterion().getId()))
                .forEach(s -> s.score(staffScoreByCriterion.get(s.getCriterion().getId())));
        if (getStatus() == ReviewStatus.ACCEPTED) {
            totalScore = total();
        }
    }

    /** Whether every criterion would have a staff score once these (the criteria a form sent) are written. */
    boolean isFullyScoredWith(Map<Long, BigDecimal> staffScoreByCriterion) {
        return scores.stream().allMatch(s -> staffScoreByCriterion.containsKey(s.getCriterion().getId())
                ? staffScoreByCriterion.get(s.getCriterion().getId()) != null : s.getStaffScore() != null);
    }

    void accept(String by, Instant at) {
        if (scores.stream().anyMatch(s -> s.getStaffScore() == null)) {
            throw new BusinessRuleException("report.error.unscored");
        }
        review().accept(by, at);
        totalScore = total();
        recordIdentity();
    }

    void returnForChanges(String reason, String by, Instant at) {
        review().returnForChanges(reason, by, at);
    }

    void requireEditable() {
        requireCampaignOpen();
        review().requireEditable();
    }

    /** A closed campaign is read-only: its reports are neither written nor reviewed any more. */
    void requireCampaignOpen() {
        if (!period.getCampaign().getStatus().isOpen()) {
            throw new BusinessRuleException("campaign.error.closed");
        }
    }

    /** The report's score row for a criterion, or null when it is not scored on it. */
    public CriterionScore scoreFor(Long criterionId) {
        return scores.stream().filter(s -> s.getCriterion().getId().equals(criterionId)).findFirst().orElse(null);
    }

    /** Whether staff can score it now. */
    public boolean isScorable() {
        return getStatus() == ReviewStatus.SUBMITTED || getStatus() == ReviewStatus.ACCEPTED;
    }

    /** The sum of the staff scores given so far. */
    public BigDecimal total() {
        return scores.stream().map(CriterionScore::getStaffScore).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the unit's own scores. */
    public BigDecimal selfTotal() {
        return scores.stream().map(CriterionScore::getSelfScore).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the report says, field by field, for the submission history. */
    Map<String, String> snapshot() {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("narrative", narrative == null ? "" : narrative);
        for (Achievement a : achievements) {
            content.put("achieved:" + a.getTarget().getPosition() + ". " + a.getTarget().getName(),
                    a.getAchievedValue() == null ? "" : a.getAchievedValue().stripTrailingZeros().toPlainString());
        }
        for (CriterionScore s : scores) {
            content.put("selfScore:" + s.getCriterion().getCode(),
                    s.getSelfScore() == null ? "" : s.getSelfScore().stripTrailingZeros().toPlainString());
        }
        for (Initiative i : initiatives) {
            content.put("initiative:" + i.getPosition(), i.getTitle() + " — " + i.getField());
        }
        content.put("evidence", evidence.stream().map(EvidenceFile::getFileName).sorted().collect(Collectors.joining(", ")));
        return content;
    }

    @Override
    protected void beforeSave() {
        searchKey = vn.mttq.thidua.agency.NamesOfRecord.searchKey(names, unit);
    }

    @Override
    public String auditType() {
        return "Report";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unitId", unit.getId());
        state.put("periodId", period.getId());
        state.put("status", getStatus());
        state.put("late", late);
        state.put("returnReason", getReturnReason());
        state.put("totalScore", totalScore);
        state.putAll(snapshot());
        for (CriterionScore s : scores) {
            if (s.getStaffScore() != null) {
                state.put("staffScore:" + s.getCriterion().getCode(), s.getStaffScore());
            }
        }
        return state;
    }
}
