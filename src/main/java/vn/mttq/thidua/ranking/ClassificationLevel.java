package vn.mttq.thidua.ranking;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A classification (Xuất sắc, Tốt, Khá, Trung bình) and the lowest score that reaches it: a setting. */
@Entity
@Table(name = "classification_level")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ClassificationLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "min_score")
    private BigDecimal minScore;
    @Column(name = "sort_order")
    private int sortOrder;
    @Version
    private long version;

    void setMinScore(BigDecimal minScore) {
        this.minScore = minScore;
    }
}
