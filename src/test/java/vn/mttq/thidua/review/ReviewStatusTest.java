package vn.mttq.thidua.review;

import vn.mttq.thidua.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.mttq.thidua.review.ReviewStatus.ACCEPTED;
import static vn.mttq.thidua.review.ReviewStatus.DRAFT;
import static vn.mttq.thidua.review.ReviewStatus.NOT_REVIEWED;
import static vn.mttq.thidua.review.ReviewStatus.RETURNED;
import static vn.mttq.thidua.review.ReviewStatus.SUBMITTED;

class ReviewStatusTest {

    @Test
    void theCycleGoesDraftSubmittedThenAcceptedOrReturnedAndBack() {
        assertThat(DRAFT.to(SUBMITTED)).isEqualTo(SUBMITTED);
        assertThat(SUBMITTED.to(ACCEPTED)).isEqualTo(ACCEPTED);
        assertThat(SUBMITTED.to(RETURNED)).isEqualTo(RETURNED);
        assertThat(RETURNED.to(SUBMITTED)).isEqualTo(SUBMITTED);
    }

    @Test
    void aCloseMarksWhatAwaitedReviewAsNotReviewedAndAReopeningPutsItBack() {
        assertThat(SUBMITTED.to(NOT_REVIEWED)).isEqualTo(NOT_REVIEWED);
        assertThat(NOT_REVIEWED.to(SUBMITTED)).isEqualTo(SUBMITTED);
        assertThat(NOT_REVIEWED.isAwaitingReview()).isFalse();
        assertThat(NOT_REVIEWED.isEditable()).isFalse();
        assertThatThrownBy(() -> NOT_REVIEWED.to(ACCEPTED)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("review.error.transition.NOT_REVIEWED.ACCEPTED"));
        assertThatThrownBy(() -> DRAFT.to(NOT_REVIEWED)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void everyOtherStepIsRefusedWithItsOwnMessage() {
        assertThatThrownBy(() -> DRAFT.to(ACCEPTED)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("review.error.transition.DRAFT.ACCEPTED"));
        assertThatThrownBy(() -> ACCEPTED.to(RETURNED)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> SUBMITTED.to(SUBMITTED)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> RETURNED.to(ACCEPTED)).isInstanceOf(BusinessRuleException.class);
        assertThat(ReviewStatus.forbiddenSteps()).hasSize(19).contains("ACCEPTED.SUBMITTED", "DRAFT.RETURNED");
    }

    @Test
    void onlyDraftsAndReturnedItemsAreEditable() {
        assertThat(DRAFT.isEditable()).isTrue();
        assertThat(RETURNED.isEditable()).isTrue();
        assertThat(SUBMITTED.isEditable()).isFalse();
        assertThat(ACCEPTED.isEditable()).isFalse();
    }
}
