package vn.mttq.thidua.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A member's vote for the leading member at a review. */
@Entity
@Table(name = "cluster_vote")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ClusterVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "review_id")
    private Long reviewId;
    @Column(name = "voter_agency_id")
    private Long voterId;
    @Column(name = "chosen_agency_id")
    private Long chosenId;

    ClusterVote(Long reviewId, Long voterId, Long chosenId) {
        this.reviewId = reviewId;
        this.voterId = voterId;
        this.chosenId = chosenId;
    }

    void change(Long chosenId) {
        this.chosenId = chosenId;
    }
}
