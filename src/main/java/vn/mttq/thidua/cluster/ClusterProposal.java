package vn.mttq.thidua.cluster;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** What a cluster proposed for a member after its review, and the nomination it became. */
@Entity
@Table(name = "cluster_proposal")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ClusterProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "review_id")
    private Long reviewId;
    @Column(name = "agency_id")
    private Long agencyId;
    @Column(name = "form_id")
    private Long formId;
    @Column(name = "nomination_id")
    private Long nominationId;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;

    ClusterProposal(Long reviewId, Long agencyId, Long formId, Long nominationId, String proposedBy, Instant proposedAt) {
        this.reviewId = reviewId;
        this.agencyId = agencyId;
        this.formId = formId;
        this.nominationId = nominationId;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }
}
