package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
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

    AgencyService(AgencyRepository agencies, ClusterRepository clusters, UnitRepository units,
                  AgencyChangeRepository changes, org.springframework.context.ApplicationEventPublisher events,
                  AuditLog auditLog, java.time.Clock clock) {
        this.changes = changes;
        this.events = events;
        this.clock = clock;
        this.agencies = agencies;
        this.clusters = clusters;
        this.units = units;
        this.auditLog = auditLog;
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Page<Agency> search(String query, AgencyKind kind, Pageable pageable) {
        return agencies.search(kind, SearchText.containsPattern(query), pageable);
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
        apply(agency, form);
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
        apply(agency, form);
        auditLog.changed("UPDATE", agency, before);
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
        record(agency, AgencyChange.Kind.RENAMED, on, legalBasis, oldName, agency.getName(), null);
        auditLog.changed("RENAME", agency, before);
        return agency;
    }

    /**
     * The agency merged into {@code successorId} (several merged one at a time into the same successor make a
     * merger of several into one), or dissolved — its work, if {@code successorId} names one, taken on by that
     * agency. Its units move to the successor with their history; without one they are withdrawn. Its
     * representatives move to the successor when staff choose so, and are disabled otherwise.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Agency end(Long id, AgencyStatus how, Long successorId, java.time.LocalDate on, String legalBasis,
                      boolean moveRepresentatives) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        if (how != AgencyStatus.MERGED && how != AgencyStatus.DISSOLVED) {
            throw BusinessRuleException.onField("how", "agency.error.chooseChange");
        }
        Agency successor = successorId == null ? null : agencies.findById(successorId)
                .orElseThrow(() -> BusinessRuleException.onField("successorId", "agency.error.successor"));
        if (how == AgencyStatus.MERGED && successor == null) {
            throw BusinessRuleException.onField("successorId", "agency.error.successor");
        }
        requireDate(on);
        Map<String, Object> before = agency.auditState();
        agency.end(how, successor, on);
        record(agency, how == AgencyStatus.MERGED ? AgencyChange.Kind.MERGED : AgencyChange.Kind.DISSOLVED, on, legalBasis,
                agency.getName(), null, successor);
        auditLog.changed(how.name(), agency, before);
        for (Unit unit : units.findActiveOfAgency(agency.getId())) {
            Map<String, Object> unitBefore = unit.auditState();
            if (successor != null) {
                unit.moveTo(successor);
                auditLog.changed("MOVE", unit, unitBefore, successor.getName());
            } else {
                unit.withdraw("Cơ quan giải thể từ ngày " + on, clock.instant());
                auditLog.changed("WITHDRAW", unit, unitBefore);
            }
        }
        events.publishEvent(new AgencyEnded(agency.getId(), successor == null ? null : successor.getId(),
                moveRepresentatives && successor != null));
        return agency;
    }

    /**
     * The agency split into several from a day: each of {@code successorIds} (at least two active agencies) takes a
     * part, recorded as one change each; each active unit moves to the successor {@code unitTo} names for it (one
     * of them), or is withdrawn when none is named; the representatives move to {@code representativesTo} (one of
     * them), or are disabled when none is named.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Agency split(Long id, java.util.Collection<Long> successorIds, Map<Long, Long> unitTo, Long representativesTo,
                        java.time.LocalDate on, String legalBasis) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        Map<Long, Agency> successors = new java.util.LinkedHashMap<>();
        for (Long successorId : new java.util.LinkedHashSet<>(successorIds)) {
            Agency successor = agencies.findById(successorId).filter(a -> a.isActive() && !a.getId().equals(id))
                    .orElseThrow(() -> BusinessRuleException.onField("successorIds", "agency.error.successor"));
            successors.put(successorId, successor);
        }
        if (successors.size() < 2) {
            throw BusinessRuleException.onField("successorIds", "agency.error.splitSuccessors");
        }
        if (representativesTo != null && !successors.containsKey(representativesTo)) {
            throw BusinessRuleException.onField("representativesTo", "agency.error.splitTarget");
        }
        List<Unit> active = units.findActiveOfAgency(agency.getId());
        for (Unit unit : active) {
            Long to = unitTo.get(unit.getId());
            if (to != null && !successors.containsKey(to)) {
                throw BusinessRuleException.onField("unitTo", "agency.error.splitTarget");
            }
        }
        requireDate(on);
        Map<String, Object> before = agency.auditState();
        agency.split(on);
        for (Agency successor : successors.values()) {
            record(agency, AgencyChange.Kind.SPLIT, on, legalBasis, agency.getName(), null, successor);
        }
        auditLog.changed("SPLIT", agency, before);
        for (Unit unit : active) {
            Map<String, Object> unitBefore = unit.auditState();
            Long to = unitTo.get(unit.getId());
            if (to != null) {
                unit.moveTo(successors.get(to));
                auditLog.changed("MOVE", unit, unitBefore, successors.get(to).getName());
            } else {
                unit.withdraw("Cơ quan chia tách từ ngày " + on, clock.instant());
                auditLog.changed("WITHDRAW", unit, unitBefore);
            }
        }
        events.publishEvent(new AgencyEnded(agency.getId(), representativesTo, representativesTo != null));
        return agency;
    }

    private void record(Agency agency, AgencyChange.Kind kind, java.time.LocalDate on, String legalBasis, String oldName,
                        String newName, Agency successor) {
        AgencyChange change = changes.save(new AgencyChange(agency, kind, on, blankToNull(legalBasis), oldName, newName,
                successor, CurrentUser.actorName(), clock.instant()));
        auditLog.created(change);
    }

    private static void requireDate(java.time.LocalDate on) {
        if (on == null) {
            throw new BusinessRuleException("agency.error.dateRequired");
        }
    }

    private void apply(Agency agency, AgencyDetails form) {
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
        agency.describe(form.kind(), form.name().trim(), blankToNull(form.shortName()), parent, cluster);
        agency.contact(blankToNull(form.address()), blankToNull(form.phone()), blankToNull(form.email()),
                blankToNull(form.contactPerson()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
