package vn.mttq.thidua.council;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.account.AccountService;
import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The council cannot be gamed: it has a minimum number of members and a quorum of at least a majority, the
 * person who opens it is not its only member, a paper tally adds to the votes cast in the application and
 * never replaces them, and whoever recorded the tally cannot approve the nominee.
 */
@ThiDuaTest
@Transactional
class CouncilRulesTest {

    @Autowired
    private CouncilService council;
    @Autowired
    private NominationService nominations;
    @Autowired
    private AccountService accounts;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CouncilSessionForm form(String... members) {
        CouncilSessionForm form = new CouncilSessionForm();
        form.setTitle("Phiên họp kiểm thử quy tắc Hội đồng");
        form.setHeldOn(LocalDate.now());
        Set<Long> ids = new LinkedHashSet<>();
        for (String member : members) {
            ids.add(fixtures.accountId(member));
        }
        form.setMemberIds(ids);
        return form;
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private long appraisedNomination() {
        long unit = fixtures.firstActiveUnitOf(fixtures.agencyOf("rep1"));
        long merit = fixtures.count("select min(id) from commendation_form where authority = 'PROVINCIAL_FRONT'");
        return fixtures.count("""
                insert into nomination (unit_id, nominee_type, form_id, year, achievements, status, proposed_by,
                                        submitted_at, appraised_by, appraised_at, search_key)
                values (?, 'COLLECTIVE', ?, 2025, 'Hoàn thành xuất sắc nhiệm vụ năm 2025', 'APPRAISED', 'rep1',
                        now(), 'staff', now(), 'kiem thu') returning id""", unit, merit);
    }

    @Test
    void aCouncilHasEnoughMembersAndAQuorumOfAtLeastAMajority() {
        Fixtures.signIn(users, "staff");
        refused(() -> council.open(form("staff").details()), "council.error.tooFewMembers");
        refused(() -> council.open(form("staff", "admin", "hoidong1", "hoidong2").details()), "council.error.tooFewMembers");

        CouncilSessionForm lowQuorum = form("staff", "admin", "hoidong1", "hoidong2", "hoidong3");
        lowQuorum.setQuorum(2);
        refused(() -> council.open(lowQuorum.details()), "council.error.quorum");

        CouncilSession alone = new CouncilSession("Một mình", LocalDate.now(), "staff");
        alone.getMembers().add(new CouncilMember(alone, accounts.find(fixtures.accountId("staff")).orElseThrow(), null));
        refused(() -> alone.requireMembers(1, "staff"), "council.error.onlyOpener");

        CouncilSession opened = council.open(form("staff", "admin", "hoidong1", "hoidong2", "hoidong3").details());
        assertThat(opened.getQuorum()).isEqualTo(3);
        assertThat(opened.getApprovalThreshold()).isEqualTo(3);
    }

    @Test
    void aPaperTallyAddsToTheVotesCastHereAndItsRecorderCannotApprove() {
        long nomination = appraisedNomination();
        Fixtures.signIn(users, "staff");
        CouncilSession session = council.open(form("staff", "admin", "hoidong1", "hoidong2", "hoidong3").details());
        council.putBefore(session.getId(), nomination);
        council.vote(session.getId(), nomination, Vote.YES);
        Fixtures.signIn(users, "hoidong1");
        council.vote(session.getId(), nomination, Vote.NO);
        fixtures.flush();

        Fixtures.signIn(users, "admin");
        refused(() -> council.recordTally(session.getId(), nomination, 4, 0, 0), "council.error.tally");
        council.recordTally(session.getId(), nomination, 2, 0, 0);
        fixtures.flush();
        CouncilResult result = council.results(session.getId()).get(nomination);
        assertThat(List.of(result.yes(), result.no(), result.abstain())).containsExactly(3, 1, 0);
        assertThat(result.passed()).isTrue();

        // two members here and two on paper: one member is left, and then nobody
        council.vote(session.getId(), nomination, Vote.NO);
        fixtures.flush();
        Fixtures.signIn(users, "hoidong2");
        refused(() -> council.vote(session.getId(), nomination, Vote.YES), "council.error.countedOnPaper");
        Fixtures.signIn(users, "admin");
        refused(() -> council.recordTally(session.getId(), nomination, 3, 0, 0), "council.error.tally");

        Fixtures.signIn(users, "staff");
        council.close(session.getId(), council.closingSeal(council.view(session.getId())));
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select status from nomination where id = ?", String.class, nomination))
                .isEqualTo("PASSED");

        Fixtures.signIn(users, "admin");
        long version = fixtures.versionOf("nomination", nomination);
        refused(() -> nominations.approve(nomination, version), "nomination.error.separationOfDuties");
        fixtures.flush();
        assertThat(fixtures.jdbc().queryForObject("select status from nomination where id = ?", String.class, nomination))
                .isEqualTo("PASSED");
    }

    /** A Cờ thi đua needs 80 % of the council's members, a Chiến sĩ thi đua cấp tỉnh 90 %, above the session's threshold. */
    @Test
    void aFormThatNeedsAShareOfTheCouncilCountsAgainstThatShare() {
        CouncilSession session = new CouncilSession("Phiên họp", LocalDate.now(), "staff");
        for (int i = 0; i < 6; i++) {
            session.getMembers().add(null);
        }
        session.setRules(null, null);
        assertThat(session.result(4, 2, 0, false).passed()).as("a majority, no share asked").isTrue();
        CouncilResult flag = session.result(4, 2, 0, false, 80, 6);
        assertThat(flag.needed()).isEqualTo(5);
        assertThat(flag.passed()).isFalse();
        assertThat(session.result(5, 1, 0, false, 80, 6).passed()).isTrue();
        assertThat(session.result(5, 1, 0, false, 90, 6).needed()).isEqualTo(6);
        assertThat(session.result(5, 1, 0, false, 90, 6).passed()).isFalse();
        assertThat(session.result(6, 0, 0, false, 90, 6).passed()).isTrue();
        // a low share never lowers the session's own threshold
        assertThat(session.result(3, 3, 0, false, 10, 6).needed()).isEqualTo(4);
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
}
