package vn.mttq.thidua.cluster;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A member's score of another member at a review (0–100). */
@Entity
@Table(name = "cluster_score")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ClusterMark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "review_id")
    private Long reviewId;
    @Column(name = "scorer_agency_id")
    private Long scorerId;
    @Column(name = "scored_agency_id")
    private Long scoredId;
    private BigDecimal score;

    ClusterMark(Long reviewId, Long scorerId, Long scoredId, BigDecimal score) {
        this.reviewId = reviewId;
        this.scorerId = scorerId;
        this.scoredId = scoredId;
        this.score = score;
    }

    void change(BigDecimal score) {
        this.score = score;
    }
}
