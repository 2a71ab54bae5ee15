package vn.mttq.thidua.decision;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.modulith.NamedInterface;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import vn.mttq.thidua.shared.Confirmation;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Notify;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.Versions;

/**
 * Decisions: an admin drafts one for approved nominees, signs it — the system gives the number, per year and
 * without gaps, and each awardee a registry number (số sổ vàng) — publishes it on the honor roll, or revokes
 * it with a reason. A signed decision is never edited.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class DecisionService {

    private final DecisionRepository decisions;
    private final NominationService nominations;
    private final NumberCounter counter;
    private final DecisionBasisService basis;
    private final IssuingBodies issuers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DecisionService(DecisionRepository decisions, NominationService nominations, NumberCounter counter,
                    DecisionBasisService basis, IssuingBodies issuers, AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.basis = basis;
        this.issuers = issuers;
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

    /** The legal basis in force on that day for that kind, as a new draft gets it. */
    public String citations(DecisionKind kind, LocalDate on) {
        return basis.citations(kind, on);
    }

    /** What a new draft starts with: today, the citations in force today, the configured recipients. */
    public DecisionDetails newDraft(String signerName) {
        LocalDate today = LocalDate.now(clock);
        return new DecisionDetails(DecisionKind.COMMENDATION,
                "Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua", today,
                signerName, "Chủ tịch", basis.citations(DecisionKind.COMMENDATION, today), issuers.recipientsText(),
                java.util.Set.of());
    }

    /**
     * A draft, not numbered: the approved nominees it names wait on it (and on no other decision) until it is
     * signed or discarded.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Decision draft(DecisionDetails form) {
        Decision decision = new Decision(CurrentUser.actorName());
        describe(decision, form);
        decisions.saveAndFlush(decision);
        auditLog.created(decision);
        reserve(decision, form.nominationIds());
        return decision;
    }

    /** Corrects a draft: its text, legal basis, recipients and nominees. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Decision updateDraft(Long id, DecisionDetails form, Long version) {
        Decision decision = draftToChange(id);
        Versions.check(Decision.class, id, decision.getVersion(), version);
        Map<String, Object> before = decision.auditState();
        describe(decision, form);
        for (Nomination nominee : awardees(decision)) {
            if (!form.nominationIds().contains(nominee.getId())) {
                nominations.release(nominee.getId());
            }
        }
        reserve(decision, form.nominationIds());
        auditLog.changed("UPDATE", decision, before);
        return decision;
    }

    /**
     * Signs a draft as its confirmation page showed it ({@code confirmation}: refused, changing nothing, when the page
     * was skipped or its awardees or text have changed since): the decision gets its number, each nominee its
     * registry number, and the nominees become commended — all in one transaction, or nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Decision sign(Long id, Long version, String confirmation) {
        Decision decision = draftToChange(id);
        Versions.check(Decision.class, id, decision.getVersion(), version);
        Confirmation.require(confirmation, signing(decision).confirmation());
        return signNow(decision);
    }

    /** What signing the draft will do: its number, its awardees, the seal of the confirmation form. */
    @PreAuthorize("hasRole('ADMIN')")
    public DecisionSigning signing(Long id) {
        return signing(draftToChange(id));
    }

    private DecisionSigning signing(Decision decision) {
        List<Nomination> nominees = awardees(decision);
        return new DecisionSigning(decision, Decision.codeOf(counter.peek("DECISION", decision.getYear())), nominees,
                Confirmation.of("decision", decision.getId(), decision.getVersion(),
                        nominees.stream().map(Nomination::getId).toList()));
    }

    private Decision signNow(Decision decision) {
        List<Nomination> nominees = awardees(decision);
        if (nominees.isEmpty()) {
            throw BusinessRuleException.onField("nominationIds", "decision.error.noAwardee");
        }
        Map<String, Object> before = decision.auditState();
        decision.sign(counter.next("DECISION", decision.getYear()), CurrentUser.actorName(), clock.instant());
        for (Nomination nominee : nominees) {
            int registry = counter.next("REGISTRY", decision.getYear());
            nominations.commend(nominee.getId(), decision.getId(), "SV-" + decision.getYear() + "-" + String.format("%04d", registry));
        }
        decisions.saveAndFlush(decision);
        auditLog.changed("SIGN", decision, before, decision.getCode());
        return decision;
    }

    /** Drafts and signs in one step (a decision reviewed elsewhere). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Decision issue(DecisionDetails form) {
        return signNow(draft(form));
    }

    /** Discards a draft: its nominees await a decision again. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void discard(Long id) {
        Decision decision = draftToChange(id);
        awardees(decision).forEach(n -> nominations.release(n.getId()));
        auditLog.record("DELETE", decision.auditType(), decision.getId(), decision.getTitle(), decision.auditState(), null);
        decisions.delete(decision);
    }

    /** The form's text; a form without legal basis or recipients (not the page's) gets those a new draft would. */
    private void describe(Decision decision, DecisionDetails form) {
        DecisionKind kind = form.kind() == null ? DecisionKind.COMMENDATION : form.kind();
        String legalBasis = blank(form.legalBasis()) ? basis.citations(kind, form.signedOn()) : form.legalBasis().strip();
        String recipients = blank(form.recipients()) ? issuers.recipientsText() : form.recipients().strip();
        decision.describe(kind, form.title().trim(), form.signedOn(), form.signerName().trim(),
                form.signerTitle().trim(), legalBasis, recipients);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A draft, to correct, sign or discard; a signed decision is refused with its message. */
    private Decision draftToChange(Long id) {
        Decision decision = get(id);
        if (!decision.isDraft()) {
            throw new BusinessRuleException("decision.error.signed");
        }
        return decision;
    }

    private void reserve(Decision decision, java.util.Collection<Long> nominationIds) {
        for (Long id : nominationIds) {
            nominations.reserve(id, decision.getId());
        }
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Decision publish(Long id) {
        Decision decision = get(id);
        Map<String, Object> before = decision.auditState();
        decision.publish(clock.instant());
        auditLog.changed("PUBLISH", decision, before);
        // every agency with an awardee on it is told, once per decision
        awardees(decision).stream().map(n -> n.getUnit().getAgency().getId()).distinct()
                .forEach(agency -> events.publishEvent(Notify.agency("DECISION_PUBLISHED", agency,
                        "decision-published:" + decision.getId(), "/decisions/" + decision.getId() + "/pdf",
                        decision.getCode(), decision.getTitle())));
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
