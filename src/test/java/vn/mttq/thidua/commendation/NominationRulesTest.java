package vn.mttq.thidua.commendation;

import java.time.LocalDate;

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
        for (NominationStatus end : new NominationStatus[] {FAILED, REJECTED, COMMENDED, FORWARDED}) {
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
    void theCouncilDefaultsToAMajorityOfAllMembersAndCountsAgainstItsRules() {
        assertThat(CouncilSession.majorityOf(7)).isEqualTo(4);
        assertThat(CouncilSession.majorityOf(8)).isEqualTo(5);
        assertThat(CouncilSession.majorityOf(1)).isEqualTo(1);

        CouncilSession session = new CouncilSession("Phiên họp", LocalDate.now(), "staff");
        for (int i = 0; i < 7; i++) {
            session.getMembers().add(null);
        }
        session.setRules(null, null);
        assertThat(session.getQuorum()).isEqualTo(4);
        assertThat(session.getApprovalThreshold()).isEqualTo(4);
        assertThat(session.result(4, 1, 0, false).passed()).isTrue();
        assertThat(session.result(3, 1, 2, false).passed()).isFalse();
        assertThat(session.result(3, 0, 0, false).quorate()).isFalse();

        session.setRules(5, 3);
        assertThat(session.result(3, 1, 0, true).passed()).isFalse();
        assertThat(session.result(3, 2, 0, true).passed()).isTrue();
        assertThatThrownBy(() -> session.setRules(8, 3)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getField()).isEqualTo("quorum"));
        assertThatThrownBy(() -> session.setRules(4, 0)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getField()).isEqualTo("approvalThreshold"));
        assertThatThrownBy(() -> session.setRules(3, 3)).as("a quorum below a majority of the members")
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("quorum"));
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
