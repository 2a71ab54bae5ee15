package vn.mttq.thidua.commendation;


import org.junit.jupiter.api.Test;

import vn.mttq.thidua.catalogue.Authority;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.catalogue.Recipient;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.mttq.thidua.commendation.NominationStatus.*;

class NominationRulesTest {

    @Test
    void theNominationMovesOnlyAlongItsPath() {
        assertThat(DRAFT.to(SUBMITTED)).isEqualTo(SUBMITTED);
        assertThat(SUBMITTED.to(APPRAISED)).isEqualTo(APPRAISED);
        assertThat(SUBMITTED.to(RETURNED)).isEqualTo(RETURNED);
        assertThat(RETURNED.to(SUBMITTED)).isEqualTo(SUBMITTED);
        assertThat(APPRAISED.to(PASSED)).isEqualTo(PASSED);
        assertThat(APPRAISED.to(FAILED)).isEqualTo(FAILED);
        assertThat(PASSED.to(APPROVED)).isEqualTo(APPROVED);
        assertThat(PASSED.to(REJECTED)).isEqualTo(REJECTED);
        assertThat(APPROVED.to(COMMENDED)).isEqualTo(COMMENDED);
        assertThat(APPROVED.to(FORWARDED)).isEqualTo(FORWARDED);
        // a session closed by mistake and reopened gives its nominees back to the council
        assertThat(PASSED.to(APPRAISED)).isEqualTo(APPRAISED);
        assertThat(FAILED.to(APPRAISED)).isEqualTo(APPRAISED);
        assertThat(FAILED.canBecome(PASSED)).isFalse();
        for (NominationStatus end : new NominationStatus[] {REJECTED, COMMENDED, FORWARDED}) {
            for (NominationStatus next : values()) {
                assertThat(end.canBecome(next)).isFalse();
            }
        }
        assertThatThrownBy(() -> SUBMITTED.to(APPROVED)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getArguments()).containsExactly("SUBMITTED", "APPROVED"));
        assertThatThrownBy(() -> DRAFT.to(COMMENDED)).isInstanceOf(BusinessRuleException.class);
        assertThat(DRAFT.isEditable()).isTrue();
        assertThat(RETURNED.isEditable()).isTrue();
        assertThat(APPRAISED.isEditable()).isFalse();
    }

    @Test
    void formsSayWhomTheyAreForAndWhoDecides() {
        assertThat(Recipient.BOTH.accepts(NomineeType.INDIVIDUAL)).isTrue();
        assertThat(Recipient.COLLECTIVE.accepts(NomineeType.INDIVIDUAL)).isFalse();
        assertThat(Recipient.INDIVIDUAL.accepts(NomineeType.INDIVIDUAL)).isTrue();
        assertThat(Authority.PROVINCIAL_FRONT.decidedHere()).isTrue();
        assertThat(Authority.CENTRAL_FRONT.decidedHere()).isFalse();
    }
}
