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
import vn.mttq.thidua.pledge.PledgeTarget;

/** What a unit achieved on one target of its pledge, as its report says. */
@Entity
@Table(name = "report_achievement")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Achievement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_target_id")
    private PledgeTarget target;

    @Column(name = "achieved_value")
    private BigDecimal achievedValue;

    Achievement(Report report, PledgeTarget target) {
        this.report = report;
        this.target = target;
    }

    void record(BigDecimal value) {
        this.achievedValue = value;
    }

    /** The percentage of the target achieved, one decimal; null until a value is given. */
    public BigDecimal getPercent() {
        return target.percentAchieved(achievedValue);
    }
}
