package vn.mttq.thidua.commendation;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.modulith.NamedInterface;

import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.catalogue.FormCatalog;
import vn.mttq.thidua.catalogue.FormOfCommendation;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.attachment.Attachments;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.person.PersonRecord;
import vn.mttq.thidua.person.PersonService;
import vn.mttq.thidua.report.Report;
import vn.mttq.thidua.report.ReportService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Notify;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.attachment.UploadedFile;
import vn.mttq.thidua.shared.Versions;

/**
 * Nominations: representatives propose and submit them with their dossier; staff appraise them; admins approve
 * or reject what the council passed. Every lookup is restricted to a representative's agency in the query.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class NominationService {

    public static final int MAX_DOSSIER_FILES = 20;
    static final Attachments.Contents DOSSIER_CONTENTS = new Attachments.Contents("dossier_content", "dossier_file_id");

    private final NominationRepository nominations;
    private final DossierFileRepository files;
    private final Attachments attachments;
    private final FormCatalog forms;
    private final UnitService units;
    private final ReportService reports;
    private final CouncilRecords council;
    private final EligibilityChecks eligibility;
    private final PersonService persons;
    private final vn.mttq.thidua.agency.AgencyService agencies;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NominationService(NominationRepository nominations, DossierFileRepository files, Attachments attachments,
                      FormCatalog forms, UnitService units, ReportService reports, CouncilRecords council,
                      EligibilityChecks eligibility, PersonService persons, AuditLog auditLog, Clock clock,
                      ApplicationEventPublisher events, vn.mttq.thidua.agency.AgencyService agencies) {
        this.events = events;
        this.agencies = agencies;
        this.persons = persons;
        this.eligibility = eligibility;
        this.nominations = nominations;
        this.council = council;
        this.files = files;
        this.attachments = attachments;
        this.forms = forms;
        this.units = units;
        this.reports = reports;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Nominations in the user's scope; {@code campaign}, when given, keeps those of its years. */
    public Page<Nomination> search(String q, Campaign campaign, Integer year, NominationStatus status, Long formId,
                                   Pageable pageable) {
        return nominations.search(CurrentUser.require().agencyScope(), year, campaign == null ? null : campaign.getStartYear(),
                campaign == null ? null : campaign.getEndYear(), status, formId, SearchText.containsPattern(q), pageable);
    }

    /** A page of the list's lines for the filter, as the signed-in user may see them. */
    public Page<NominationRow> rows(String q, Campaign campaign, Integer year, NominationStatus status, Long formId,
                                    Pageable pageable) {
        return nominations.rows(CurrentUser.require().agencyScope(), year, campaign == null ? null : campaign.getStartYear(),
                campaign == null ? null : campaign.getEndYear(), status, formId, SearchText.containsPattern(q), pageable);
    }

    public Nomination getVisible(Long id) {
        Nomination nomination = nominations.findScoped(id, CurrentUser.require().agencyScope())
                .orElseThrow(() -> new NotFoundException("Nomination", id));
        org.hibernate.Hibernate.initialize(nomination.getReportIds());
        return nomination;
    }

    /** The reports a nomination the user was already let see points to, newest first. */
    public List<Report> reportsOf(Nomination nomination) {
        if (nomination.getReportIds().isEmpty()) {
            return List.of();
        }
        return reports.acceptedOfUnit(nomination.getUnit().getId()).stream()
                .filter(r -> nomination.getReportIds().contains(r.getId())).toList();
    }

    /** The dossier of a nomination the user was already let see. */
    public List<DossierFile> dossier(Nomination nomination) {
        return files.findByNominationIdOrderByKindAscUploadedAtAsc(nomination.getId());
    }

    /** The papers still missing for the council. */
    public Set<DossierKind> missingPapers(Long id) {
        return DossierKind.missingFrom(dossier(getVisible(id)));
    }

    /** The nominee's earlier nominations and what became of them. */
    public List<Nomination> history(Nomination n) {
        return nominations.history(n.getId(), n.getUnit().getId(), n.getNomineeType(), n.getPersonId());
    }

    public List<Nomination> awaitingCouncil() {
        return nominations.awaitingCouncil();
    }

    public List<Nomination> awaitingDecision() {
        return nominations.awaitingDecision();
    }

    public List<Nomination> onDecisions(Collection<Long> decisionIds) {
        return decisionIds.isEmpty() ? List.of() : nominations.onDecisions(decisionIds);
    }

    /** The commended nominees of these decisions, counted by form of commendation (id) and collective / individual. */
    public Map<Long, Map<NomineeType, Long>> commendedByFormAndType(Collection<Long> decisionIds) {
        Map<Long, Map<NomineeType, Long>> counts = new java.util.LinkedHashMap<>();
        if (!decisionIds.isEmpty()) {
            for (Object[] row : nominations.commendedByFormAndType(decisionIds)) {
                counts.computeIfAbsent((Long) row[0], k -> new java.util.EnumMap<>(NomineeType.class))
                        .put((NomineeType) row[1], (Long) row[2]);
            }
        }
        return counts;
    }

        public long count(NominationStatus status) {
        return nominations.countByStatus(status);
    }

    /** Nominations in a status for the years of a campaign. */
    public long count(NominationStatus status, Campaign campaign) {
        return nominations.countByStatusAndYearBetween(status, campaign.getStartYear(), campaign.getEndYear());
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Nomination propose(NominationDetails form) {
        Unit unit = units.getVisible(form.unitId());
        if (!unit.isActive()) {
            throw BusinessRuleException.onField("unitId", "unit.error.withdrawn");
        }
        Nomination nomination = new Nomination(unit, CurrentUser.actorName());
        describe(nomination, form);
        nominations.save(nomination);
        auditLog.created(nomination);
        return nomination;
    }

    /**
     * A collective proposed by its emulation cluster after the cluster's review: a draft nomination of the agency's
     * own office (its first active unit) for the form, with the meeting's minutes in its dossier. The agency's
     * representatives complete the dossier and submit it; it is appraised as any other. Made by the cluster's head,
     * who need not be of that agency.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Nomination proposeForCluster(Long agencyId, Long formId, int year, String achievements, UploadedFile minutes) {
        Unit unit = agencies.find(agencyId).map(units::of).orElse(List.of()).stream().filter(Unit::isActive).findFirst()
                .orElseThrow(() -> new BusinessRuleException("cluster.error.noActiveUnit"));
        Nomination nomination = new Nomination(unit, CurrentUser.actorName());
        describe(nomination, new NominationDetails(unit.getId(), NomineeType.COLLECTIVE, null, null, null, null, null, formId,
                year, achievements, Set.of()));
        nominations.save(nomination);
        auditLog.created(nomination);
        attachments.store(new DossierFile(nomination, DossierKind.MEETING_MINUTES, minutes, CurrentUser.actorName(), clock.instant()),
                files, DOSSIER_CONTENTS, minutes);
        return nomination;
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Nomination update(Long id, NominationDetails form, Long version) {
        Nomination nomination = getVisible(id);
        Versions.check(Nomination.class, id, nomination.getVersion(), version);
        Map<String, Object> before = nomination.auditState();
        describe(nomination, form);
        auditLog.changed("UPDATE", nomination, before);
        return nomination;
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public Nomination submit(Long id, Long version) {
        return step(id, version, "SUBMIT", n -> {
            requireNotCommendedYet(n, history(n));
            n.submit(clock.instant());
        });
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Nomination appraise(Long id, String note, Long version) {
        return appraise(id, note, null, version);
    }

    /**
     * Staff accept the dossier for the council. A nominee under a hold is refused; one who does not meet the
     * conditions goes on only with {@code override}, the reason, which the audit and the appraisal sheet keep.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Nomination appraise(Long id, String note, String override, Long version) {
        return step(id, version, "APPRAISE", n -> {
            List<Nomination> history = history(n);
            EligibilityChecks.Eligibility checks = requireNotBlocked(eligibility(n, history));
            requireNotCommendedYet(n, history);
            n.appraise(dossier(n).stream().map(DossierFile::getKind).collect(Collectors.toSet()), checks.overall(),
                    blankToNull(override), note == null || note.isBlank() ? null : note.trim(), CurrentUser.actorName(),
                    clock.instant());
        });
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Nomination returnForChanges(Long id, String reason, Long version) {
        return step(id, version, "RETURN", n -> n.returnForChanges(reason, CurrentUser.actorName(), clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Nomination approve(Long id, Long version) {
        return step(id, version, "APPROVE", n -> {
            if (council.tallyRecordedBy(id, CurrentUser.actorName())) {
                throw new BusinessRuleException("nomination.error.separationOfDuties");
            }
            List<Nomination> history = history(n);
            EligibilityChecks.Eligibility checks = requireNotBlocked(eligibility(n, history));
            requireNotCommendedYet(n, history);
            if (checks.isNotMet() && n.getEligibilityOverride() == null) {
                throw new BusinessRuleException("nomination.error.overrideRequired");
            }
            n.approve(CurrentUser.actorName(), clock.instant());
            nominations.saveAndFlush(n);
        });
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Nomination reject(Long id, String reason, Long version) {
        return step(id, version, "REJECT", n -> n.reject(reason, CurrentUser.actorName(), clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Nomination forwardUpward(Long id, Long version) {
        return step(id, version, "FORWARD", Nomination::forwardUpward);
    }

    /**
     * One step of the nomination's path: on the version the user saw, audited with the state before and after
     * (the audit's after-state carries a return or rejection reason).
     */
    private Nomination step(Long id, Long version, String action, java.util.function.Consumer<Nomination> change) {
        Nomination nomination = getVisible(id);
        Versions.check(Nomination.class, id, nomination.getVersion(), version);
        Map<String, Object> before = nomination.auditState();
        change.accept(nomination);
        auditLog.changed(action, nomination, before);
        String kind = TOLD.get(action);
        if (kind != null) {
            String reason = "REJECT".equals(action) ? nomination.getRejectionReason()
                    : "RETURN".equals(action) ? nomination.getReturnReason() : "";
            events.publishEvent(Notify.agency(kind, nomination.getUnit().getAgency().getId(),
                    kind + ":" + nomination.getId() + ":" + nomination.getVersion(), "/nominations/" + nomination.getId(),
                    nomination.getNomineeName(), nomination.getForm().getName(), reason == null ? "" : reason));
        }
        return nomination;
    }

    /**
     * One achievement is commended once, by one form (Law 06/2022/QH15 Art. 5): refused when the nominee's
     * achievements of the same year are commended, approved or forwarded on another nomination.
     */
    private static void requireNotCommendedYet(Nomination nomination, List<Nomination> history) {
        sameAchievement(nomination, history).ifPresent(other -> {
            throw new BusinessRuleException("nomination.error.sameAchievement", String.valueOf(nomination.getYear()),
                    "#" + other.getId());
        });
    }

    /** Another nomination of the same nominee for the same year's achievements, already commended, approved or forwarded. */
    public static Optional<Nomination> sameAchievement(Nomination nomination, List<Nomination> history) {
        return history.stream().filter(h -> h.getYear() == nomination.getYear())
                .filter(h -> h.getStatus() == NominationStatus.COMMENDED || h.getStatus() == NominationStatus.APPROVED
                        || h.getStatus() == NominationStatus.FORWARDED).findFirst();
    }

    /** A person under a hold lasting today (discipline, investigation, complaint) is not commended: refused. */
    private static EligibilityChecks.Eligibility requireNotBlocked(EligibilityChecks.Eligibility checks) {
        if (checks.isBlocked()) {
            throw new BusinessRuleException("nomination.error.onHold");
        }
        return checks;
    }

    /** The steps of a nomination its agency's representatives are told of, and the kind of notice each is. */
    private static final Map<String, String> TOLD = Map.of("APPRAISE", "NOMINATION_APPRAISED", "RETURN", "NOMINATION_RETURNED",
            "APPROVE", "NOMINATION_APPROVED", "REJECT", "NOMINATION_REJECTED");

    /** The nominees before a council session, with their units and agencies. */
    public List<Nomination> onCouncilSession(Long sessionId) {
        return nominations.onSession(sessionId);
    }

    /** The title of the council session the nomination is before, if it is before one. */
    /** The nominee's checks against the conditions of the nomination's form, as of the year its achievements cover. */
    public EligibilityChecks.Eligibility eligibility(Nomination nomination) {
        return eligibility(nomination, history(nomination));
    }

    /** The same, with the nominee's earlier nominations already read ({@link #history}): their commendations count. */
    public EligibilityChecks.Eligibility eligibility(Nomination nomination, List<Nomination> history) {
        List<EligibilityChecks.Prior> priors = history.stream().filter(h -> h.getStatus() == NominationStatus.COMMENDED)
                .map(h -> new EligibilityChecks.Prior(h.getId(), h.getForm().getId(),
                        new EligibilityChecks.TitleName(h.getForm().getName(), h.getForm().getNameEn()), h.getYear(),
                        h.getRegistryNumber()))
                .toList();
        return eligibility.of(new EligibilityChecks.Subject(nomination.getNomineeType(), nomination.getUnit().getId(),
                nomination.getPersonId(), nomination.getForm().getId(), nomination.getYear(), nomination.getId(), priors));
    }

    public Optional<String> councilSessionTitle(Nomination nomination) {
        return Optional.ofNullable(nomination.getCouncilSessionId()).flatMap(council::sessionTitle);
    }

    /** Puts an appraised nomination before a council session (the council checks that the session is open). */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void putBeforeCouncil(Long id, Long sessionId) {
        Nomination nomination = nominations.findById(id).orElseThrow(() -> new NotFoundException("Nomination", id));
        Map<String, Object> before = nomination.auditState();
        nomination.putBefore(sessionId);
        auditLog.changed("PUT_BEFORE_COUNCIL", nomination, before);
    }

    /** Settles a nominee of a closing council session: passed or failed, with the result for the audit trail. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void settleByCouncil(Nomination nomination, boolean passed, String result) {
        Map<String, Object> before = nomination.auditState();
        nomination.councilResult(passed);
        auditLog.changed("COUNCIL_RESULT", nomination, before, result);
    }

    /** Gives a nominee back to its council, whose session reopens: its result there is discarded. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void unsettleByCouncil(Nomination nomination, String reason) {
        Map<String, Object> before = nomination.auditState();
        nomination.councilResultDiscarded();
        auditLog.changed("COUNCIL_RESULT_DISCARDED", nomination, before, reason);
    }

    /** Puts an approved nominee on a draft decision (it awaits no other decision while there). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reserve(Long id, Long decisionId) {
        Nomination nomination = nominations.findById(id)
                .orElseThrow(() -> BusinessRuleException.onField("nominationIds", "decision.error.notApproved"));
        if (decisionId.equals(nomination.getDecisionId())) {
            return;
        }
        Map<String, Object> before = nomination.auditState();
        nomination.reserveFor(decisionId);
        auditLog.changed("RESERVE", nomination, before);
    }

    /** Takes a nominee off a draft decision. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void release(Long id) {
        Nomination nomination = nominations.findById(id).orElseThrow(() -> new NotFoundException("Nomination", id));
        Map<String, Object> before = nomination.auditState();
        nomination.release();
        auditLog.changed("RELEASE", nomination, before);
    }

    /** Puts an approved nominee on a signed decision, with its registry number; in the signing transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('ADMIN')")
    public void commend(Long id, Long decisionId, String registryNumber) {
        Nomination nomination = nominations.findById(id).orElseThrow(() -> new NotFoundException("Nomination", id));
        Map<String, Object> before = nomination.auditState();
        nomination.commend(decisionId, registryNumber);
        auditLog.changed("COMMEND", nomination, before);
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public DossierFile upload(Long id, DossierKind kind, String originalName, long size, InputStream content) {
        Nomination nomination = editableDossier(id);
        if (files.countByNominationId(id) >= MAX_DOSSIER_FILES) {
            throw new BusinessRuleException("dossier.error.tooMany", MAX_DOSSIER_FILES);
        }
        UploadedFile upload = attachments.read(originalName, size, content, "dossier");
        return attachments.store(new DossierFile(nomination, kind, upload, CurrentUser.actorName(), clock.instant()),
                files, DOSSIER_CONTENTS, upload);
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public void deleteFile(Long id, Long fileId) {
        attachments.remove(dossierFile(editableDossier(id), fileId), files, DOSSIER_CONTENTS);
    }

    public Attachments.Download download(Long id, Long fileId) {
        return attachments.download(dossierFile(getVisible(id), fileId), DOSSIER_CONTENTS);
    }

    private Nomination editableDossier(Long id) {
        Nomination nomination = getVisible(id);
        if (!nomination.getStatus().isEditable()) {
            throw new BusinessRuleException("review.error.notEditable");
        }
        return nomination;
    }

    private DossierFile dossierFile(Nomination nomination, Long fileId) {
        return files.findByIdAndNominationId(fileId, nomination.getId())
                .orElseThrow(() -> new NotFoundException("DossierFile", fileId));
    }

    private void describe(Nomination nomination, NominationDetails form) {
        FormOfCommendation commendation = forms.find(form.formId())
                .orElseThrow(() -> BusinessRuleException.onField("formId", "nomination.error.formRetired"));
        Set<Long> wanted = form.reportIds() == null ? Set.of() : form.reportIds();
        Set<Long> linked = new HashSet<>();
        if (!wanted.isEmpty()) {
            reports.acceptedOfUnit(nomination.getUnit().getId()).stream()
                    .map(Report::getId).filter(wanted::contains).forEach(linked::add);
        }
        nomination.describe(nominee(nomination, form), commendation, form.year(), form.achievements().trim(), linked);
    }

    /**
     * The nominee: the unit as a collective, or a person — one on record working in the nomination's unit, or one
     * typed in, found by name and birth year in the agency or registered there, so that every individual proposed is
     * a person whose history is kept.
     */
    private Nominee nominee(Nomination nomination, NominationDetails form) {
        if (form.nomineeType() != NomineeType.INDIVIDUAL) {
            return Nominee.collective();
        }
        Long unitId = nomination.getUnit().getId();
        if (form.personId() != null) {
            PersonRecord person = persons.visible(form.personId());
            if (!person.unitId().equals(unitId)) {
                throw BusinessRuleException.onField("personId", "person.error.notInUnit");
            }
            return Nominee.person(person);
        }
        String name = blankToNull(form.individualName());
        if (name == null || form.birthYear() == null || form.gender() == null) {
            throw BusinessRuleException.onField("individualName", "nomination.error.individualRequired");
        }
        String position = blankToNull(form.individualPosition());
        PersonRecord person = persons.findOrRegister(unitId, name, form.birthYear(), form.gender(), position);
        return new Nominee(NomineeType.INDIVIDUAL, person.id(), person.fullName(),
                position != null ? position : person.position(), person.birthYear(), person.gender());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
