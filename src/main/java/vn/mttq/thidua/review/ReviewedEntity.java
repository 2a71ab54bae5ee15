package vn.mttq.thidua.review;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import vn.mttq.thidua.shared.TrackedEntity;

/**
 * Something an agency hands in for review — a pledge, a report: a tracked record with an embedded
 * {@link Review}, whose state pages read through these getters and which subclasses move through
 * {@link #review()}.
 */
@NamedInterface("api")
@MappedSuperclass
public abstract class ReviewedEntity extends TrackedEntity {

    @Embedded
    private Review review = new Review();

    protected Review review() {
        return review;
    }

    public ReviewStatus getStatus() {
        return review.getStatus();
    }

    public Instant getSubmittedAt() {
        return review.getSubmittedAt();
    }

    public String getReturnReason() {
        return review.getReturnReason();
    }

    public String getReviewedBy() {
        return review.getReviewedBy();
    }

    public Instant getReviewedAt() {
        return review.getReviewedAt();
    }
}
