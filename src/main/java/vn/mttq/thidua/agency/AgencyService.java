package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Confirmation;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.Versions;

/**
 * Participating agencies. Staff and admins manage them; a representative reaches only their own, and the
 * restriction is in the query ({@link AgencyRepository#findScoped}), so another id finds nothing.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;
    private final ClusterRepository clusters;
    private final UnitRepository units;
    private final AgencyChangeRepository changes;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final java.time.Clock clock;
    private final AgencyChangeEffectRepository effects;
    private final ObjectProvider<AgencyRepresentatives> representatives;

    /** How long after it was recorded an admin may revert an agency change. */
    static final java.time.Duration REVERTIBLE = java.time.Duration.ofDays(30);

    AgencyService(AgencyRepository agencies, ClusterRepository clusters, UnitRepository units,
                  AgencyChangeRepository changes, org.springframework.context.ApplicationEventPublisher events,
                  AuditLog auditLog, java.time.Clock clock, AgencyChangeEffectRepository effects,
                  ObjectProvider<AgencyRepresentatives> representatives) {
        this.effects = effects;
        this.representatives = representatives;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
        this.agencies = agencies;
        this.clusters = clusters;
        this.units = units;
        this.auditLog = auditLog;
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    /** Agencies by name — the names they had too —, kind and state (null: any), by name. */
    public Page<Agency> search(String query, AgencyKind kind, AgencyState state, Pageable pageable) {
        return agencies.search(kind, state == null ? null : state.status(), state == AgencyState.RENAMED,
                SearchText.containsPattern(query), pageable);
    }

    /** Active units per agency, for a page of agencies, in one query. */
    public Map<Long, Long> activeUnitCounts(List<Agency> page) {
        Map<Long, Long> counts = new HashMap<>();
        if (!page.isEmpty()) {
            units.countActiveByAgency(page.stream().map(Agency::getId).toList())
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** The agency, if the signed-in user may see it; otherwise not found, whether it exists or not. */
    public Agency getVisible(Long id) {
        return agencies.findScoped(id, CurrentUser.require().agencyScope())
                .orElseThrow(() -> new NotFoundException("Agency", id));
    }

    public Optional<Agency> find(Long id) {
        return id == null ? Optional.empty() : agencies.findById(id);
    }

    public List<Agency> children(Long id) {
        return agencies.findByParentIdOrderByName(id);
    }

    public long count() {
        return agencies.count();
    }

    /** The agencies still taking part: not merged, split or dissolved. */
    public long countActive() {
        return agencies.countByStatus(AgencyStatus.ACTIVE);
    }

    /** Active agencies without an active unit. */
    public long countWithoutActiveUnits() {
        return agencies.countWithoutActiveUnits();
    }

    public List<Agency> all() {
        return agencies.findAllOrderByName();
    }

    /**
     * The agency a list or the dashboard is narrowed to, as the only choice of its agency filter (with "all"), or none.
     * They do not offer every agency — a province has hundreds, the country thousands: one is chosen from its own page
     * (which links to its dashboard, pledges and reports), found in the list of agencies by its name.
     */
    public List<Agency> chosen(Long id) {
        return id == null ? List.of() : agencies.findById(id).map(List::of).orElse(List.of());
    }

    public List<EmulationCluster> clusters() {
        return clusters.findAllByOrderByName();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Agency create(AgencyDetails form) {
        if (agencies.existsByNameIgnoreCase(form.name().trim())) {
            throw BusinessRuleException.onField("name", "agency.error.nameTaken");
        }
        Agency agency = new Agency(form.kind(), form.name().trim(), blankToNull(form.shortName()));
        apply(agency, form, false);
        agencies.save(agency);
        auditLog.created(agency);
        return agency;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Agency update(Long id, AgencyDetails form, Long version) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        Versions.check(Agency.class, id, agency.getVersion(), version);
        if (agencies.existsByNameIgnoreCaseAndIdNot(form.name().trim(), id)) {
            throw BusinessRuleException.onField("name", "agency.error.nameTaken");
        }
        Map<String, Object> before = agency.auditState();
        apply(agency, form, false);
        auditLog.changed("UPDATE", agency, before);
        return agency;
    }

    /**
     * An admin corrects the record of an ended agency (merged, split, dissolved), which is otherwise read-only so
     * that the history shown under its name stays as it was; the reason is written on the audit record.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency correct(Long id, AgencyDetails form, Long version, String reason) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        Versions.check(Agency.class, id, agency.getVersion(), version);
        if (agency.isActive()) {
            return update(id, form, version);
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("correctionReason", "agency.error.correctionReason");
        }
        if (agencies.existsByNameIgnoreCaseAndIdNot(form.name().trim(), id)) {
            throw BusinessRuleException.onField("name", "agency.error.nameTaken");
        }
        Map<String, Object> before = agency.auditState();
        apply(agency, form, true);
        auditLog.changed("CORRECT", agency, before, reason.trim());
        return agency;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public EmulationCluster createCluster(String name, String description) {
        EmulationCluster cluster = clusters.save(new EmulationCluster(name, description));
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("name", name);
        state.put("description", description);
        auditLog.record("CREATE", "EmulationCluster", cluster.getId(), name, null, state);
        return cluster;
    }

    /** The agencies merged into this one, or whose work it took on. */
    /** The predecessors of an agency the user has already been shown ({@link #getVisible}), without reading it again. */
    public List<Agency> predecessorsOf(Agency visible) {
        return agencies.predecessorsOf(visible.getId());
    }

    /** What became of the agency and what became it: its renamings, its merger or dissolution, its predecessors'. */
    public List<AgencyChange> changesOf(Agency agency) {
        return changes.involving(agency.getId());
    }

    /** A new name from a given day; the old name stays on the records of its time and in the agency's changes. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Agency rename(Long id, String newName, java.time.LocalDate on, String legalBasis) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        if (newName == null || newName.isBlank()) {
            throw BusinessRuleException.onField("newName", "agency.error.newNameRequired");
        }
        if (agencies.existsByNameIgnoreCaseAndIdNot(newName.trim(), id)) {
            throw BusinessRuleException.onField("newName", "agency.error.nameTaken");
        }
        requireDate(on);
        Map<String, Object> before = agency.auditState();
        String oldName = agency.getName();
        agency.rename(newName.trim());
        agency.knownFormerlyAs(oldName);
        record(agency, AgencyChange.Kind.RENAMED, on, legalBasis, oldName, agency.getName(), null, clock.instant());
        auditLog.changed("RENAME", agency, before);
        return agency;
    }

    /**
     * What ending the agency will do — its active units moved to the successor, or withdrawn without one; its
     * representatives moved or disabled — checked as {@link #end} will check it, and the seal of the confirmation
     * page's form.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public AgencyChangePreview ending(Long id, AgencyEnding ending) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        Agency successor = successorOfEnding(id, ending);
        List<Unit> active = units.findActiveOfAgency(agency.getId());
        List<AgencyChangePreview.UnitMove> moves = active.stream().map(u -> new AgencyChangePreview.UnitMove(u.getId(),
                u.getName(), successor == null ? null : successor.getName())).toList();
        long representatives = representativesOf(agency.getId());
        boolean move = ending.moveRepresentatives() && successor != null;
        return new AgencyChangePreview(agency, moves, move ? representatives : 0, move ? 0 : representatives, null,
                Confirmation.of("agency-end", id, agency.getVersion(), ending, moves, representatives));
    }

    /**
     * The agency merged into a successor (several merged one at a time into the same successor make a merger of
     * several into one), or dissolved — its work, if a successor is named, taken on by that agency — as its
     * confirmation page showed it. Its units move to the successor with their history; without one they are
     * withdrawn. Its representatives move to the successor when staff choose so, and are disabled otherwise. What it
     * did to each is kept, so that an admin may revert it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Agency end(Long id, AgencyEnding ending, String confirmation) {
        Confirmation.require(confirmation, ending(id, ending).confirmation());
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        Agency successor = successorOfEnding(id, ending);
        AgencyStatus how = ending.how();
        Map<String, Object> before = agency.auditState();
        agency.end(how, successor, ending.on());
        Instant at = clock.instant();
        AgencyChange change = record(agency, how == AgencyStatus.MERGED ? AgencyChange.Kind.MERGED
                : AgencyChange.Kind.DISSOLVED, ending.on(), ending.legalBasis(), agency.getName(), null, successor, at);
        auditLog.changed(how.name(), agency, before);
        if (successor != null) {
            successor.knownFormerlyAs(agency.getName());
        }
        for (Unit unit : units.findActiveOfAgency(agency.getId())) {
            leave(change, unit, successor, "Cơ quan giải thể từ ngày " + ending.on());
        }
        events.publishEvent(new AgencyEnded(agency.getId(), successor == null ? null : successor.getId(),
                ending.moveRepresentatives() && successor != null, change.getId()));
        return agency;
    }

    private Agency successorOfEnding(Long id, AgencyEnding ending) {
        if (ending.how() != AgencyStatus.MERGED && ending.how() != AgencyStatus.DISSOLVED) {
            throw BusinessRuleException.onField("how", "agency.error.chooseChange");
        }
        Agency successor = ending.successorId() == null ? null : agencies.findById(ending.successorId())
                .orElseThrow(() -> BusinessRuleException.onField("successorId", "agency.error.successor"));
        if ((ending.how() == AgencyStatus.MERGED && successor == null)
                || (successor != null && (successor.getId().equals(id) || !successor.isActive()))) {
            throw BusinessRuleException.onField("successorId", "agency.error.successor");
        }
        requireDate(ending.on());
        return successor;
    }

    /**
     * What splitting the agency will do — each active unit moved to the successor named for it, or withdrawn; the
     * representatives moved to the one named, or disabled — checked as {@link #split} will check it, and the seal of
     * the confirmation page's form.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public AgencyChangePreview splitting(Long id, AgencySplitting split) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        Map<Long, Agency> successors = successorsOfSplit(id, split);
        List<AgencyChangePreview.UnitMove> moves = units.findActiveOfAgency(agency.getId()).stream()
                .map(u -> new AgencyChangePreview.UnitMove(u.getId(), u.getName(),
                        split.unitTo().get(u.getId()) == null ? null : successors.get(split.unitTo().get(u.getId())).getName()))
                .toList();
        long representatives = representativesOf(agency.getId());
        boolean move = split.representativesTo() != null;
        return new AgencyChangePreview(agency, moves, move ? representatives : 0, move ? 0 : representatives, null,
                Confirmation.of("agency-split", id, agency.getVersion(), new java.util.TreeSet<>(successors.keySet()),
                        moves, split.representativesTo(), split.on(), split.legalBasis(), representatives));
    }

    /**
     * The agency split into several from a day, as its confirmation page showed it: each of the successors (at least
     * two active agencies) takes a part, recorded as one change each; each active unit moves to the successor named
     * for it, or is withdrawn when none is named; the representatives move to the one named, or are disabled. What it
     * did to each is kept, so that an admin may revert it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Agency split(Long id, AgencySplitting split, String confirmation) {
        Confirmation.require(confirmation, splitting(id, split).confirmation());
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        Map<Long, Agency> successors = successorsOfSplit(id, split);
        Map<String, Object> before = agency.auditState();
        agency.split(split.on());
        Instant at = clock.instant();
        AgencyChange first = null;
        for (Agency successor : successors.values()) {
            AgencyChange change = record(agency, AgencyChange.Kind.SPLIT, split.on(), split.legalBasis(), agency.getName(),
                    null, successor, at);
            successor.knownFormerlyAs(agency.getName());
            first = first == null ? change : first;
        }
        auditLog.changed("SPLIT", agency, before);
        for (Unit unit : units.findActiveOfAgency(agency.getId())) {
            Long to = split.unitTo().get(unit.getId());
            leave(first, unit, to == null ? null : successors.get(to), "Cơ quan chia tách từ ngày " + split.on());
        }
        events.publishEvent(new AgencyEnded(agency.getId(), split.representativesTo(), split.representativesTo() != null,
                first.getId()));
        return agency;
    }

    private Map<Long, Agency> successorsOfSplit(Long id, AgencySplitting split) {
        Map<Long, Agency> successors = new java.util.LinkedHashMap<>();
        for (Long successorId : new java.util.LinkedHashSet<>(split.successorIds())) {
            Agency successor = agencies.findById(successorId).filter(a -> a.isActive() && !a.getId().equals(id))
                    .orElseThrow(() -> BusinessRuleException.onField("successorIds", "agency.error.successor"));
            successors.put(successorId, successor);
        }
        if (successors.size() < 2) {
            throw BusinessRuleException.onField("successorIds", "agency.error.splitSuccessors");
        }
        if (split.representativesTo() != null && !successors.containsKey(split.representativesTo())) {
            throw BusinessRuleException.onField("representativesTo", "agency.error.splitTarget");
        }
        for (Unit unit : units.findActiveOfAgency(id)) {
            Long to = split.unitTo().get(unit.getId());
            if (to != null && !successors.containsKey(to)) {
                throw BusinessRuleException.onField("unitTo", "agency.error.splitTarget");
            }
        }
        requireDate(split.on());
        return successors;
    }

    /** A unit leaves its ended agency: to the successor, or withdrawn without one; kept as an effect of the change. */
    private void leave(AgencyChange change, Unit unit, Agency successor, String withdrawalReason) {
        Map<String, Object> unitBefore = unit.auditState();
        Long from = unit.getAgency().getId();
        if (successor != null) {
            unit.moveTo(successor);
            auditLog.changed("MOVE", unit, unitBefore, successor.getName());
        } else {
            unit.withdraw(withdrawalReason, clock.instant());
            auditLog.changed("WITHDRAW", unit, unitBefore);
        }
        effects.save(new AgencyChangeEffect(change.getId(), "Unit", unit.getId(), successor != null
                ? AgencyChangeEffect.Effect.MOVED : AgencyChangeEffect.Effect.WITHDRAWN, from));
    }

    /**
     * What reverting an agency change will give back — the units to their agency, withdrawn ones taking part again,
     * the representatives' accounts moved back or enabled — or why it cannot be reverted: only the agency's latest
     * change, within {@link #REVERTIBLE} of its recording, while what it moved still stands as it left it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AgencyChangePreview reverting(Long agencyId, Long changeId) {
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("Agency", agencyId));
        List<AgencyChange> operation = operation(agencyId, changeId);
        AgencyChange first = operation.get(0);
        List<AgencyChangeEffect> done = effects.findByChangeIdOrderById(first.getId());
        Map<Long, Unit> touched = unitsOf(done);
        List<AgencyChangePreview.UnitMove> back = new java.util.ArrayList<>();
        boolean unchanged = true;
        for (AgencyChangeEffect effect : done) {
            if ("Unit".equals(effect.getEntityType())) {
                Unit unit = touched.get(effect.getEntityId());
                unchanged &= effect.getEffect() == AgencyChangeEffect.Effect.MOVED
                        ? unit.isActive() && operation.stream().anyMatch(c -> c.getSuccessor() != null
                                && c.getSuccessor().getId().equals(unit.getAgency().getId()))
                        : !unit.isActive() && unit.getAgency().getId().equals(agencyId);
                back.add(new AgencyChangePreview.UnitMove(unit.getId(), unit.getName(),
                        effect.getEffect() == AgencyChangeEffect.Effect.MOVED ? unit.getAgency().getName() : null));
            }
        }
        String refusal = null;
        if (changes.involving(agencyId).stream().anyMatch(c -> c.getAgency().getId().equals(agencyId)
                && c.getRecordedAt().isAfter(first.getRecordedAt()))) {
            refusal = "agency.revert.error.notLatest";
        } else if (first.getRecordedAt().plus(REVERTIBLE).isBefore(clock.instant())) {
            refusal = "agency.revert.error.tooOld";
        } else if (!unchanged || (first.getKind() == AgencyChange.Kind.RENAMED
                ? !agency.getName().equals(first.getNewName()) : agency.isActive())) {
            refusal = "agency.revert.error.changedSince";
        }
        long moved = done.stream().filter(e -> "Account".equals(e.getEntityType())
                && e.getEffect() == AgencyChangeEffect.Effect.MOVED).count();
        long disabled = done.stream().filter(e -> e.getEffect() == AgencyChangeEffect.Effect.DISABLED).count();
        return new AgencyChangePreview(agency, back, moved, disabled, refusal, Confirmation.of("agency-revert", agencyId,
                agency.getVersion(), operation.stream().map(AgencyChange::getId).toList(), back));
    }

    /**
     * An admin reverts an agency change recorded by mistake, with a reason, as its page showed it: the agency is as it
     * was (its name, or active again), each unit back to it (a withdrawn one taking part again), its representatives'
     * accounts moved back or enabled (by the accounts module, on {@link AgencyChangeReverted}); the change's rows are
     * removed, each audited with the reason.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency revert(Long agencyId, Long changeId, String confirmation, String reason) {
        AgencyChangePreview preview = reverting(agencyId, changeId);
        Confirmation.require(confirmation, preview.confirmation());
        if (preview.refusal() != null) {
            throw new BusinessRuleException(preview.refusal());
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "agency.revert.error.reasonRequired");
        }
        if (reason.trim().length() > 1000) {
            throw BusinessRuleException.onField("reason", "campaign.error.reasonTooLong", 1000);
        }
        String why = reason.trim();
        Agency agency = preview.agency();
        List<AgencyChange> operation = operation(agencyId, changeId);
        AgencyChange first = operation.get(0);
        Map<String, Object> before = agency.auditState();
        if (first.getKind() == AgencyChange.Kind.RENAMED) {
            agency.rename(first.getOldName());
            agency.forgetFormerName(first.getOldName());
        } else {
            agency.reinstate();
            operation.stream().filter(c -> c.getSuccessor() != null)
                    .forEach(c -> c.getSuccessor().forgetFormerName(agency.getName()));
        }
        auditLog.changed("REVERT", agency, before, why);
        List<Long> accountsMoved = new java.util.ArrayList<>();
        List<Long> accountsDisabled = new java.util.ArrayList<>();
        List<AgencyChangeEffect> done = effects.findByChangeIdOrderById(first.getId());
        Map<Long, Unit> touched = unitsOf(done);
        for (AgencyChangeEffect effect : done) {
            if ("Unit".equals(effect.getEntityType())) {
                Unit unit = touched.get(effect.getEntityId());
                Map<String, Object> unitBefore = unit.auditState();
                if (effect.getEffect() == AgencyChangeEffect.Effect.MOVED) {
                    unit.moveTo(agency);
                } else {
                    unit.reinstate();
                }
                auditLog.changed("REVERT", unit, unitBefore, why);
            } else if (effect.getEffect() == AgencyChangeEffect.Effect.MOVED) {
                accountsMoved.add(effect.getEntityId());
            } else {
                accountsDisabled.add(effect.getEntityId());
            }
        }
        for (AgencyChange change : operation) {
            auditLog.record("DELETE", change.auditType(), change.getId(), why, change.auditState(), null);
        }
        changes.deleteAll(operation);
        events.publishEvent(new AgencyChangeReverted(agencyId, accountsMoved, accountsDisabled));
        return agency;
    }

    /** The units a change moved or withdrew, read at once (a page of a hundred units is one statement, not a hundred). */
    private Map<Long, Unit> unitsOf(List<AgencyChangeEffect> done) {
        List<Long> ids = done.stream().filter(e -> "Unit".equals(e.getEntityType())).map(AgencyChangeEffect::getEntityId).toList();
        Map<Long, Unit> byId = new HashMap<>();
        units.findAllById(ids).forEach(u -> byId.put(u.getId(), u));
        return byId;
    }

    /** The rows recorded with one change of the agency (a split's several, one per successor), the first first. */
    private List<AgencyChange> operation(Long agencyId, Long changeId) {
        AgencyChange change = changes.findById(changeId).filter(c -> c.getAgency().getId().equals(agencyId))
                .orElseThrow(() -> new NotFoundException("AgencyChange", changeId));
        return changes.involving(agencyId).stream().filter(c -> c.getAgency().getId().equals(agencyId)
                        && c.getKind() == change.getKind() && c.getRecordedAt().equals(change.getRecordedAt()))
                .sorted(java.util.Comparator.comparing(AgencyChange::getId)).toList();
    }

    /** Whether an admin may still revert this change of the agency (what its page offers). */
    public boolean isRevertible(AgencyChange change, List<AgencyChange> changesOfAgency) {
        Long agencyId = change.getAgency().getId();
        return change.getRecordedAt().plus(REVERTIBLE).isAfter(clock.instant())
                && changesOfAgency.stream().noneMatch(c -> c.getAgency().getId().equals(agencyId)
                        && c.getRecordedAt().isAfter(change.getRecordedAt()));
    }

    /** The accounts module says what an agency's end did to one of its representatives, kept for a revert. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void representativeAffected(Long changeId, Long accountId, boolean moved, Long fromAgencyId) {
        effects.save(new AgencyChangeEffect(changeId, "Account", accountId, moved ? AgencyChangeEffect.Effect.MOVED
                : AgencyChangeEffect.Effect.DISABLED, fromAgencyId));
    }

    private long representativesOf(Long agencyId) {
        AgencyRepresentatives counted = representatives.getIfAvailable();
        return counted == null ? 0 : counted.countOf(agencyId);
    }

    private AgencyChange record(Agency agency, AgencyChange.Kind kind, java.time.LocalDate on, String legalBasis,
                                String oldName, String newName, Agency successor, Instant at) {
        AgencyChange change = changes.save(new AgencyChange(agency, kind, on, blankToNull(legalBasis), oldName, newName,
                successor, CurrentUser.actorName(), at));
        auditLog.created(change);
        return change;
    }

    private static void requireDate(java.time.LocalDate on) {
        if (on == null) {
            throw new BusinessRuleException("agency.error.dateRequired");
        }
    }

    /** The form's values on the agency: an ended agency's only as an admin's correction. */
    private void apply(Agency agency, AgencyDetails form, boolean correction) {
        Agency parent = null;
        if (form.parentId() != null) {
            parent = agencies.findById(form.parentId())
                    .orElseThrow(() -> BusinessRuleException.onField("parentId", "agency.error.parentMissing"));
            if (agency.isAncestorOf(parent)) {
                throw BusinessRuleException.onField("parentId", "agency.error.parentCycle");
            }
        }
        EmulationCluster cluster = null;
        if (form.clusterId() != null) {
            cluster = clusters.findById(form.clusterId())
                    .orElseThrow(() -> BusinessRuleException.onField("clusterId", "agency.error.clusterMissing"));
        }
        if (!correction) {
            agency.requireActive();
        }
        agency.describe(form.kind(), form.name().trim(), blankToNull(form.shortName()), parent, cluster);
        agency.contact(blankToNull(form.address()), blankToNull(form.phone()), blankToNull(form.email()),
                blankToNull(form.contactPerson()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
