package vn.mttq.thidua.report;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.criterion.Criterion;
import vn.mttq.thidua.shared.BusinessRuleException;

/** A report's score on one criterion: the unit's own assessment, and the score staff give. */
@Entity
@Table(name = "report_score")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CriterionScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @Column(name = "self_score")
    private BigDecimal selfScore;
    @Column(name = "staff_score")
    private BigDecimal staffScore;

    CriterionScore(Report report, Criterion criterion) {
        this.report = report;
        this.criterion = criterion;
    }

    void assessSelf(BigDecimal score) {
        this.selfScore = checked(score, "selfScore");
    }

    void score(BigDecimal score) {
        this.staffScore = checked(score, "staffScore");
    }

    /** A score is at most the criterion's maximum plus its bonus. */
    private BigDecimal checked(BigDecimal score, String field) {
        if (score != null && (score.signum() < 0 || score.compareTo(criterion.ceiling()) > 0)) {
            throw BusinessRuleException.onField(field, "report.error.scoreOutOfRange", criterion.getCode(),
                    criterion.ceiling().stripTrailingZeros().toPlainString());
        }
        return score;
    }
}
