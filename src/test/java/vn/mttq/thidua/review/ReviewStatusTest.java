package vn.mttq.thidua.review;

import vn.mttq.thidua.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.mttq.thidua.review.ReviewStatus.ACCEPTED;
import static vn.mttq.thidua.review.ReviewStatus.DRAFT;
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
    void everyOtherStepIsRefusedWithItsOwnMessage() {
        assertThatThrownBy(() -> DRAFT.to(ACCEPTED)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("review.error.transition.DRAFT.ACCEPTED"));
        assertThatThrownBy(() -> ACCEPTED.to(RETURNED)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> SUBMITTED.to(SUBMITTED)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> RETURNED.to(ACCEPTED)).isInstanceOf(BusinessRuleException.class);
        assertThat(ReviewStatus.forbiddenSteps()).hasSize(12).contains("ACCEPTED.SUBMITTED", "DRAFT.RETURNED");
    }

    @Test
    void onlyDraftsAndReturnedItemsAreEditable() {
        assertThat(DRAFT.isEditable()).isTrue();
        assertThat(RETURNED.isEditable()).isTrue();
        assertThat(SUBMITTED.isEditable()).isFalse();
        assertThat(ACCEPTED.isEditable()).isFalse();
    }
}
