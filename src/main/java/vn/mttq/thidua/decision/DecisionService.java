package vn.mttq.thidua.decision;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.SearchText;

/**
 * Decisions: an admin drafts one for approved nominees, signs it — the system gives the number, per year and
 * without gaps, and each awardee a registry number (số sổ vàng) — publishes it on the honor roll, or revokes
 * it with a reason. A signed decision is never edited.
 */
@Service
@Transactional(readOnly = true)
public class DecisionService {

    private final DecisionRepository decisions;
    private final NominationService nominations;
    private final NumberCounter counter;
    private final AuditLog auditLog;
    private final Clock clock;

    DecisionService(DecisionRepository decisions, NominationService nominations, NumberCounter counter,
                    AuditLog auditLog, Clock clock) {
        this.decisions = decisions;
        this.nominations = nominations;
        this.counter = counter;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Page<Decision> search(String q, Integer year, DecisionStatus status, Pageable pageable) {
        return decisions.search(year, status, SearchText.containsPattern(q), pageable);
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Decision get(Long id) {
        return decisions.findById(id).orElseThrow(() -> new NotFoundException("Decision", id));
    }

    /** A published decision, for anyone; a draft or a revoked one is not found. */
    public Decision getPublished(Long id) {
        return decisions.findById(id).filter(d -> d.getStatus() == DecisionStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("Decision", id));
    }

    public List<Decision> published() {
        return decisions.published();
    }

    /** The nominees a decision commends, or will commend once signed. */
    public List<Nomination> awardees(Decision decision) {
        return nominations.onDecisions(List.of(decision.getId()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Decision draft(DecisionForm form) {
        Decision decision = new Decision(CurrentUser.actorName());
        decision.describe(form.getTitle().trim(), form.getSignedOn(), form.getSignerName().trim(),
                form.getSignerTitle().trim());
        decisions.save(decision);
        auditLog.created(decision);
        return decision;
    }

    /**
     * Drafts and signs in one step: the decision gets its number, each nominee its registry number, and the
     * nominees become commended — all in one transaction, or nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Decision issue(DecisionForm form) {
        Set<Long> wanted = form.getNominationIds();
        List<Nomination> approved = nominations.awaitingDecision().stream().filter(n -> wanted.contains(n.getId())).toList();
        if (approved.size() != wanted.size()) {
            throw BusinessRuleException.onField("nominationIds", "decision.error.notApproved");
        }
        Decision decision = draft(form);
        Map<String, Object> before = decision.auditState();
        decision.sign(counter.next("DECISION", decision.getYear()), CurrentUser.actorName(), clock.instant());
        for (Nomination nominee : approved) {
            int registry = counter.next("REGISTRY", decision.getYear());
            nominations.commend(nominee.getId(), decision.getId(), "SV-" + decision.getYear() + "-" + String.format("%04d", registry));
        }
        decisions.saveAndFlush(decision);
        auditLog.changed("SIGN", decision, before, decision.getCode());
        return decision;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Decision publish(Long id) {
        Decision decision = get(id);
        Map<String, Object> before = decision.auditState();
        decision.publish(clock.instant());
        auditLog.changed("PUBLISH", decision, before);
        return decision;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Decision revoke(Long id, String reason) {
        Decision decision = get(id);
        Map<String, Object> before = decision.auditState();
        decision.revoke(reason, clock.instant());
        auditLog.changed("REVOKE", decision, before, decision.getRevocationReason());
        return decision;
    }
}
