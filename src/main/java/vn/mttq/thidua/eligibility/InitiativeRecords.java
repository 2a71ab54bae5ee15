package vn.mttq.thidua.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.commendation.NominationStatus;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * Recognised initiatives of units and persons, and where each was counted. One initiative counts once — for one
 * nomination here, or for a title or form decided elsewhere — and a second use is refused, saying where it went.
 * Staff enter initiatives; the nomination's representative (while it is theirs to edit) or staff (until it is
 * approved) count one for it or take it back. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
class InitiativeRecords {

    /** An initiative and where it was counted (none: free). */
    record Listed(RecognisedInitiative initiative, InitiativeUse use) {
    }

    private final RecognisedInitiativeRepository initiatives;
    private final InitiativeUseRepository uses;
    private final TitleRecords holders;
    private final NominationService nominations;
    private final AuditLog auditLog;
    private final Clock clock;

    InitiativeRecords(RecognisedInitiativeRepository initiatives, InitiativeUseRepository uses, TitleRecords holders,
                      NominationService nominations, AuditLog auditLog, Clock clock) {
        this.initiatives = initiatives;
        this.uses = uses;
        this.holders = holders;
        this.nominations = nominations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    List<Listed> of(TitleHolder holder) {
        return initiatives.findOf(holder.unitId(), holder.personId()).stream()
                .map(row -> new Listed((RecognisedInitiative) row[0], (InitiativeUse) row[1])).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    RecognisedInitiative record(NomineeType type, Long id, InitiativeForm form) {
        TitleHolder holder = holders.holder(type, id);
        if (form.getRecognisedOn().isAfter(LocalDate.now(clock))) {
            throw BusinessRuleException.onField("recognisedOn", "initiative.error.inFuture");
        }
        RecognisedInitiative initiative = initiatives.save(new RecognisedInitiative(holder, form.getTitle().strip(),
                form.getScope(), form.getRecognisedBy().strip(), form.getDocumentNumber().strip(), form.getRecognisedOn(),
                CurrentUser.actorName()));
        auditLog.created(initiative);
        String elsewhere = form.getUsedElsewhere() == null || form.getUsedElsewhere().isBlank() ? null : form.getUsedElsewhere().strip();
        if (elsewhere != null) {
            use(initiative, null, elsewhere);
        }
        return initiative;
    }

    /** Counts an initiative of the nominee for a nomination; refused when it counted already, saying where. */
    @Transactional
    RecognisedInitiative countFor(Long nominationId, Long initiativeId) {
        Nomination nomination = changeable(nominationId);
        RecognisedInitiative initiative = ofNominee(nomination, initiativeId);
        uses.findById(initiative.getId()).ifPresent(use -> {
            throw use.getNominationId() != null
                    ? new BusinessRuleException("initiative.error.countedFor", "#" + use.getNominationId())
                    : new BusinessRuleException("initiative.error.usedElsewhere", use.getUsedElsewhere());
        });
        use(initiative, nomination.getId(), null);
        return initiative;
    }

    /** Takes back an initiative counted for this nomination. */
    @Transactional
    RecognisedInitiative release(Long nominationId, Long initiativeId) {
        Nomination nomination = changeable(nominationId);
        RecognisedInitiative initiative = ofNominee(nomination, initiativeId);
        InitiativeUse use = uses.findById(initiative.getId()).filter(u -> nomination.getId().equals(u.getNominationId()))
                .orElseThrow(() -> new BusinessRuleException("initiative.error.notCountedHere"));
        uses.delete(use);
        auditLog.record("UNCOUNT", initiative.auditType(), initiative.getId(), "#" + nomination.getId(),
                Map.of("nominationId", nomination.getId()), null);
        return initiative;
    }

    private void use(RecognisedInitiative initiative, Long nominationId, String elsewhere) {
        uses.saveAndFlush(new InitiativeUse(initiative.getId(), nominationId, elsewhere, CurrentUser.actorName(), clock.instant()));
        auditLog.record("COUNT", initiative.auditType(), initiative.getId(), nominationId != null ? "#" + nominationId : elsewhere,
                null, nominationId != null ? Map.of("nominationId", nominationId) : Map.of("usedElsewhere", elsewhere));
    }

    /** A nomination the user may change the counted initiatives of now: theirs while editable, staff's until approved. */
    private Nomination changeable(Long nominationId) {
        Nomination nomination = nominations.getVisible(nominationId);
        NominationStatus status = nomination.getStatus();
        boolean allowed = CurrentUser.require().isStaffOrAdmin()
                ? status.isEditable() || status.isAwaitingAppraisal() || status == NominationStatus.APPRAISED
                        || status == NominationStatus.PASSED
                : status.isEditable();
        if (!allowed) {
            throw new BusinessRuleException("initiative.error.notNow");
        }
        return nomination;
    }

    private RecognisedInitiative ofNominee(Nomination nomination, Long initiativeId) {
        boolean individual = nomination.getNomineeType() == NomineeType.INDIVIDUAL;
        return initiatives.findOfHolder(initiativeId, individual ? null : nomination.getUnit().getId(),
                individual ? nomination.getPersonId() : null).orElseThrow(() -> new NotFoundException("RecognisedInitiative", initiativeId));
    }
}
