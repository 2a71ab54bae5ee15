package vn.mttq.thidua.pledge;

import org.springframework.modulith.NamedInterface;

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

/** A measurable target (chỉ tiêu) of a pledge: what, in which measure, how much. */
@NamedInterface("api")
@Entity
@Table(name = "pledge_target")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PledgeTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_id")
    private Pledge pledge;

    private int position;
    private String name;
    private String measure;
    @Column(name = "target_value")
    private BigDecimal targetValue;

    PledgeTarget(Pledge pledge, int position) {
        this.pledge = pledge;
        this.position = position;
    }

    void describe(String name, String measure, BigDecimal targetValue) {
        this.name = name;
        this.measure = measure;
        this.targetValue = targetValue;
    }

    /** How much of this target an achieved value is, in percent (one decimal), or null when nothing is known. */
    public BigDecimal percentAchieved(BigDecimal achieved) {
        if (achieved == null || targetValue == null || targetValue.signum() <= 0) {
            return null;
        }
        return achieved.multiply(BigDecimal.valueOf(100)).divide(targetValue, 1, java.math.RoundingMode.HALF_UP);
    }
}
