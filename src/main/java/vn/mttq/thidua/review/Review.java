package vn.mttq.thidua.review;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.Getter;
import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * Where something an agency hands in stands in its review, and who decided what: embedded in pledges and
 * reports, which share this cycle ({@link ReviewStatus}) and its rules — a return always says why.
 */
@NamedInterface("api")
@Embeddable
@Getter
public class Review {

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ReviewStatus status = ReviewStatus.DRAFT;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    /** The agency hands it in: a draft, or a returned one (never one its campaign's close left not reviewed). */
    public void submit(Instant at) {
        requireEditable();
        status = status.to(ReviewStatus.SUBMITTED);
        submittedAt = at;
    }

    public void accept(String by, Instant at) {
        status = status.to(ReviewStatus.ACCEPTED);
        returnReason = null;
        reviewedBy = by;
        reviewedAt = at;
    }

    public void returnForChanges(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "review.error.reasonRequired");
        }
        status = status.to(ReviewStatus.RETURNED);
        returnReason = reason.trim();
        reviewedBy = by;
        reviewedAt = at;
    }

    public void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessRuleException("review.error.notEditable");
        }
    }
}
