package vn.mttq.thidua.council;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.account.Account;
import vn.mttq.thidua.account.AccountService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.commendation.NominationStatus;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Confirmation;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Notify;
import vn.mttq.thidua.web.Formats;

/**
 * The Emulation & Commendation Council: staff open a session with its members and rules and put appraised
 * nominations before it; members vote (one vote each per nominee, none on a nominee of their own agency) or
 * staff record a paper tally; closing the session settles each nominee by the session's quorum and threshold.
 */
@Service
@Transactional(readOnly = true)
public class CouncilService {

    private final CouncilSessionRepository sessions;
    private final CouncilMemberRepository members;
    private final CouncilVoteRepository votes;
    private final CouncilTallyRepository tallies;
    private final NominationService nominations;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int minimumMembers;
    private final org.springframework.context.ApplicationEventPublisher events;

    CouncilService(CouncilSessionRepository sessions, CouncilMemberRepository members, CouncilVoteRepository votes,
                   CouncilTallyRepository tallies, NominationService nominations, AccountService accounts,
                   AuditLog auditLog, Clock clock,
                   @org.springframework.beans.factory.annotation.Value("${thidua.council.min-members:5}") int minimumMembers,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.minimumMembers = minimumMembers;
        this.sessions = sessions;
        this.members = members;
        this.votes = votes;
        this.tallies = tallies;
        this.nominations = nominations;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Staff and admins see every session; anyone else only the sessions they sit on. */
    public Page<CouncilSession> visible(String q, String status, Pageable pageable) {
        return sessions.visible(memberScope(), vn.mttq.thidua.shared.Enums.parseOrNull(CouncilSessionStatus.class, status),
                vn.mttq.thidua.shared.SearchText.containsPattern(q), pageable);
    }

    public CouncilSession getVisible(Long id) {
        return sessions.findVisible(id, memberScope()).orElseThrow(() -> new NotFoundException("CouncilSession", id));
    }

    /**
     * Everything a session's page shows, read once: its members, the nominees before it, the votes by nominee
     * and member, the result of each nominee so far, and the signed-in user's seat if they have one.
     */
    public CouncilView view(Long sessionId) {
        CouncilSession session = getVisible(sessionId);
        List<CouncilMember> seated = members.ofSession(session.getId());
        List<Nomination> nominees = nominations.onCouncilSession(session.getId());
        Map<Long, Map<Long, Vote>> cast = new HashMap<>();
        for (CouncilVote v : votes.ofSession(session.getId())) {
            cast.computeIfAbsent(v.getNomination().getId(), k -> new HashMap<>()).put(v.getMember().getId(), v.getVote());
        }
        Map<Long, CouncilTally> paper = new HashMap<>();
        tallies.ofSession(session.getId()).forEach(t -> paper.put(t.getNominationId(), t));
        Map<Long, CouncilResult> results = new LinkedHashMap<>();
        for (Nomination n : nominees) {
            CouncilTally t = paper.get(n.getId());
            Map<Long, Vote> v = cast.getOrDefault(n.getId(), Map.of());
            int yes = count(v, Vote.YES) + (t == null ? 0 : t.getYes());
            int no = count(v, Vote.NO) + (t == null ? 0 : t.getNo());
            int abstain = count(v, Vote.ABSTAIN) + (t == null ? 0 : t.getAbstentions());
            results.put(n.getId(), session.result(yes, no, abstain, t != null, n.getForm().getVoteThresholdPercent(),
                    seated.size()));
        }
        Long me = CurrentUser.require().getId();
        CouncilMember seat = seated.stream().filter(m -> m.getAccount().getId().equals(me)).findFirst().orElse(null);
        return new CouncilView(session, seated, nominees, cast, results, seat);
    }

    /** The result for each nominee so far: from the paper tally where staff recorded one, else from the votes. */
    public Map<Long, CouncilResult> results(Long sessionId) {
        return view(sessionId).results();
    }

    private static int count(Map<Long, Vote> votes, Vote vote) {
        return (int) votes.values().stream().filter(vote::equals).count();
    }

    /** The fewest members a session may have (a setting). */
    public int getMinimumMembers() {
        return minimumMembers;
    }

    /** Accounts that can sit on a council. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public List<Account> candidates() {
        return accounts.allEnabled();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public CouncilSession open(CouncilSessionDetails form) {
        CouncilSession session = new CouncilSession(form.title().trim(), form.heldOn(), CurrentUser.actorName());
        for (Long accountId : form.memberIds()) {
            Account account = accounts.find(accountId)
                    .orElseThrow(() -> BusinessRuleException.onField("memberIds", "council.error.memberMissing"));
            session.getMembers().add(new CouncilMember(session, account, account.getAgency()));
        }
        session.requireMembers(minimumMembers, CurrentUser.actorName());
        session.setRules(form.quorum(), form.approvalThreshold());
        sessions.save(session);
        auditLog.created(session);
        events.publishEvent(Notify.accounts("COUNCIL_OPENED", session.getMembers().stream()
                        .map(m -> m.getAccount().getId()).toList(), "council-opened:" + session.getId(),
                "/council-sessions/" + session.getId(), session.getTitle(), Formats.DATE.format(session.getHeldOn())));
        return session;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void putBefore(Long sessionId, Long nominationId) {
        CouncilSession session = getVisible(sessionId);
        session.requireOpen();
        nominations.putBeforeCouncil(nominationId, session.getId());
    }

    /**
     * A member's vote on a nominee of the session: once, never on a nominee of their own agency, and only while
     * some member has neither voted here nor been counted on the paper ballot.
     */
    @Transactional
    public void vote(Long sessionId, Long nominationId, Vote vote) {
        CouncilView view = view(sessionId);
        CouncilSession session = view.session();
        session.requireOpen();
        CouncilMember seat = Optional.ofNullable(view.seat())
                .orElseThrow(() -> new BusinessRuleException("council.error.notMember"));
        Nomination nomination = nomineeOf(view, nominationId);
        if (seat.isRecusedFor(nomination)) {
            throw new BusinessRuleException("council.error.recused");
        }
        if (votes.existsByNominationIdAndMemberId(nominationId, seat.getId())) {
            throw new BusinessRuleException("council.error.alreadyVoted");
        }
        int onPaper = tallies.findById(nominationId).map(CouncilTally::total).orElse(0);
        if (votesCast(view, nominationId) + onPaper >= eligible(view, nomination)) {
            throw new BusinessRuleException("council.error.countedOnPaper");
        }
        votes.save(new CouncilVote(nomination, seat, vote, clock.instant()));
        auditLog.record("VOTE", "Nomination", nominationId, session.getTitle(), null,
                Map.of("member", seat.getAccount().getUsername(), "vote", vote.name()));
    }

    /**
     * The counts of the paper ballot for a nominee: the votes of members who did not vote in the application,
     * added to theirs — never replacing them. Recording again corrects the paper counts.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void recordTally(Long sessionId, Long nominationId, int yes, int no, int abstentions) {
        CouncilView view = view(sessionId);
        CouncilSession session = view.session();
        session.requireOpen();
        Nomination nomination = nomineeOf(view, nominationId);
        int remaining = eligible(view, nomination) - votesCast(view, nominationId);
        if (yes < 0 || no < 0 || abstentions < 0 || yes + no + abstentions > remaining) {
            throw new BusinessRuleException("council.error.tally", remaining);
        }
        CouncilTally tally = tallies.findById(nominationId).orElseGet(() -> new CouncilTally(nominationId));
        tally.record(yes, no, abstentions, CurrentUser.actorName(), clock.instant());
        tallies.save(tally);
        auditLog.record("TALLY", "Nomination", nominationId, session.getTitle(), null,
                Map.of("yes", yes, "no", no, "abstentions", abstentions));
    }

    private static Nomination nomineeOf(CouncilView view, Long nominationId) {
        return view.nominees().stream().filter(n -> n.getId().equals(nominationId))
                .findFirst().orElseThrow(() -> new NotFoundException("Nomination", nominationId));
    }

    /** The members who may vote on the nominee: all but those of the nominee's own agency. */
    private static int eligible(CouncilView view, Nomination nomination) {
        return (int) view.members().stream().filter(m -> !m.isRecusedFor(nomination)).count();
    }

    private static int votesCast(CouncilView view, Long nominationId) {
        return view.votes().getOrDefault(nominationId, Map.of()).size();
    }

    /**
     * What closing the session will settle — each nominee's result as the votes and tallies stand — and the seal of
     * the confirmation form, which covers those results: a vote cast after the page was opened makes it stale.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public String closingSeal(CouncilView view) {
        return Confirmation.of("council", view.session().getId(), view.session().getStatus(),
                new java.util.TreeMap<>(view.results()));
    }

    /**
     * Closes the session as its confirmation page showed it ({@code confirmation}; refused, changing nothing, when
     * the page was skipped or a result has moved since) and settles every nominee on it: passed or failed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Map<Long, CouncilResult> close(Long sessionId, String confirmation) {
        CouncilView view = view(sessionId);
        CouncilSession session = view.session();
        if (!session.isOpen()) {
            throw new BusinessRuleException("council.error.closed");
        }
        Confirmation.require(confirmation, closingSeal(view));
        Map<Long, CouncilResult> results = view.results();
        Map<String, Object> before = session.auditState();
        session.close(clock.instant());
        for (Nomination n : view.nominees()) {
            CouncilResult result = results.get(n.getId());
            nominations.settleByCouncil(n, result.passed(), result.toString());
        }
        auditLog.changed("CLOSE", session, before);
        return results;
    }

    /** The seal of the reopening page: the session and where each of its nominees stands. */
    public String reopeningSeal(CouncilView view) {
        return Confirmation.of("council-reopen", view.session().getId(), view.session().getStatus(),
                view.nominees().stream().map(n -> n.getId() + ":" + n.getStatus()).toList());
    }

    /**
     * Whether a closed session may be reopened: only while each of its nominees still stands as the close left it
     * (passed or failed, none approved or rejected since); null when it may, else the refusal's message key.
     */
    public String reopeningRefusal(CouncilView view) {
        if (view.session().isOpen()) {
            return "council.error.notClosed";
        }
        boolean settledSince = view.nominees().stream().anyMatch(n -> n.getStatus() != NominationStatus.PASSED
                && n.getStatus() != NominationStatus.FAILED);
        return settledSince ? "council.error.settledSince" : null;
    }

    /**
     * An admin reopens a session closed by mistake, with a reason: its nominees are before it again (their results
     * discarded, each audited), votes and tallies kept as they were; refused once one of them has been approved or
     * rejected.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reopen(Long sessionId, String confirmation, String reason) {
        CouncilView view = view(sessionId);
        Confirmation.require(confirmation, reopeningSeal(view));
        String refusal = reopeningRefusal(view);
        if (refusal != null) {
            throw new BusinessRuleException(refusal);
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "council.error.reasonRequired");
        }
        if (reason.trim().length() > 1000) {
            throw BusinessRuleException.onField("reason", "campaign.error.reasonTooLong", 1000);
        }
        CouncilSession session = view.session();
        Map<String, Object> before = session.auditState();
        session.reopen();
        for (Nomination n : view.nominees()) {
            nominations.unsettleByCouncil(n, reason.trim());
        }
        auditLog.changed("REOPEN_SESSION", session, before, reason.trim());
    }

    private static Long memberScope() {
        CurrentUser user = CurrentUser.require();
        return user.isStaffOrAdmin() ? null : user.getId();
    }
}
