package vn.mttq.thidua.cluster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Versions;

/**
 * The clusters of each year and their covenants. Staff set clusters up — new, or copied from the year before with
 * the head's turn passed on — and every lookup goes through the user's scope: a representative reaches only the
 * clusters their agency belongs to (else not found), manages a covenant only for the year their agency heads the
 * cluster (else refused), and signs for their own agency. Every change is audited.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class ClusterService {

    private final ClusterOfYearRepository clusters;
    private final CovenantRepository covenants;
    private final AgencyService agencies;
    private final AuditLog auditLog;
    private final Clock clock;

    ClusterService(ClusterOfYearRepository clusters, CovenantRepository covenants, AgencyService agencies, AuditLog auditLog,
                   Clock clock) {
        this.clusters = clusters;
        this.covenants = covenants;
        this.agencies = agencies;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The clusters of a year the user may see: all for staff, a representative's own agency's. */
    public List<Cluster> ofYear(int year) {
        return clusters.ofYear(year, CurrentUser.require().agencyScope());
    }

    /** The clusters of a year the user may see, as filters of other pages (a ranking, a dashboard). */
    public List<ClusterChoice> choicesOf(int year) {
        return ofYear(year).stream().map(c -> new ClusterChoice(c.getId(), c.getName(),
                c.agencies().stream().map(Agency::getId).toList())).toList();
    }

    /** The covenants of those clusters, by cluster id (one statement). */
    Map<Long, Covenant> covenantsOf(List<Cluster> shown) {
        Map<Long, Covenant> byCluster = new LinkedHashMap<>();
        if (!shown.isEmpty()) {
            covenants.ofClusters(shown.stream().map(Cluster::getId).toList()).forEach(c -> byCluster.put(c.getCluster().getId(), c));
        }
        return byCluster;
    }

    /** How many clusters a year has (what a copy from it would set up, at the most). */
    long countOf(int year) {
        return clusters.countByYear(year);
    }

    /**
     * Removes a cluster set up by mistake (or copied when it should not have been): only while it has no covenant and
     * no review; its members are free again for another cluster of the year. Audited with what it was.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    Cluster remove(Long id, boolean reviewed) {
        Cluster cluster = visible(id);
        if (reviewed || covenants.ofCluster(id).isPresent()) {
            throw new BusinessRuleException("cluster.error.inUse");
        }
        Map<String, Object> before = cluster.auditState();
        clusters.delete(cluster);
        auditLog.record("DELETE", cluster.auditType(), cluster.getId(), cluster.getName(), before, null);
        return cluster;
    }

    List<Integer> years() {
        return clusters.years();
    }

    Cluster visible(Long id) {
        return clusters.findScoped(id, CurrentUser.require().agencyScope())
                .orElseThrow(() -> new NotFoundException("Cluster", id));
    }

    /** The covenant of a cluster the user was let see, its targets and signatures read. */
    Optional<Covenant> covenantOf(Cluster cluster) {
        Optional<Covenant> covenant = covenants.ofCluster(cluster.getId());
        covenant.ifPresent(c -> org.hibernate.Hibernate.initialize(c.getTargets()));
        return covenant;
    }

    /** The agencies that can be members: those active today, by name (for staff's forms). */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    List<Agency> agencyChoices() {
        return agencies.all().stream().filter(Agency::isActive).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    Cluster create(ClusterDetails details) {
        if (clusters.existsByYearAndNameIgnoreCase(details.year(), details.name())) {
            throw BusinessRuleException.onField("name", "cluster.error.nameTaken", details.name(), String.valueOf(details.year()));
        }
        Cluster cluster = new Cluster(details.year(), null, CurrentUser.actorName());
        describe(cluster, details, null);
        clusters.save(cluster);
        auditLog.created(cluster);
        return cluster;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    Cluster update(Long id, ClusterDetails details, Long version) {
        Cluster cluster = visible(id);
        Versions.check(Cluster.class, id, cluster.getVersion(), version);
        if (clusters.existsByYearAndNameIgnoreCaseAndIdNot(cluster.getYear(), details.name(), id)) {
            throw BusinessRuleException.onField("name", "cluster.error.nameTaken", details.name(), String.valueOf(cluster.getYear()));
        }
        Map<String, Object> before = cluster.auditState();
        describe(cluster, details, id);
        clusters.saveAndFlush(cluster);
        auditLog.changed("UPDATE", cluster, before);
        return cluster;
    }

    /**
     * Sets up the clusters of {@code to} from those of {@code from}: same names and kinds, the members still active
     * (an agency merged or dissolved since is left out; the past year stays as it was), the head's turn passed to the
     * next member after last year's head and the deputy to the one after. A cluster already set up, or left with fewer
     * than two members, is not copied. Returns the clusters made.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public List<Cluster> copy(int from, int to) {
        if (to <= from) {
            throw new BusinessRuleException("cluster.error.copyBackwards");
        }
        List<Cluster> previous = clusters.ofYear(from, null);
        if (previous.isEmpty()) {
            throw new BusinessRuleException("cluster.error.nothingToCopy", String.valueOf(from));
        }
        Set<Long> taken = new HashSet<>();
        clusters.ofYear(to, null).forEach(c -> c.agencies().forEach(a -> taken.add(a.getId())));
        List<Cluster> made = new ArrayList<>();
        for (Cluster old : previous) {
            if (clusters.existsByYearAndNameIgnoreCase(to, old.getName())) {
                continue;
            }
            List<Agency> kept = old.agencies().stream().filter(Agency::isActive).filter(a -> !taken.contains(a.getId())).toList();
            if (kept.size() < 2) {
                continue;
            }
            Agency head = nextInTurn(old.agencies(), old.getHead(), kept);
            Agency deputy = nextInTurn(old.agencies(), head, kept);
            Cluster cluster = new Cluster(to, old.getLabelId(), CurrentUser.actorName());
            cluster.describe(old.getName(), old.getKind(), kept, head, deputy.getId().equals(head.getId()) ? null : deputy, null, null);
            clusters.save(cluster);
            auditLog.created(cluster);
            kept.forEach(a -> taken.add(a.getId()));
            made.add(cluster);
        }
        return made;
    }

    /**
     * The member whose turn it is after {@code previous} in the order of {@code order} (wrapping round), among those
     * {@code kept}; the first kept one when there was none before.
     */
    static Agency nextInTurn(List<Agency> order, Agency previous, List<Agency> kept) {
        List<Long> keptIds = kept.stream().map(Agency::getId).toList();
        List<Agency> ring = new ArrayList<>(order.stream().filter(a -> keptIds.contains(a.getId())).toList());
        kept.stream().filter(a -> ring.stream().noneMatch(r -> r.getId().equals(a.getId()))).forEach(ring::add);
        if (previous == null) {
            return ring.get(0);
        }
        int at = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getId().equals(previous.getId())) {
                at = i;
            }
        }
        for (int step = 1; at >= 0 && step <= order.size(); step++) {
            Agency candidate = order.get((at + step) % order.size());
            if (keptIds.contains(candidate.getId())) {
                return ring.stream().filter(r -> r.getId().equals(candidate.getId())).findFirst().orElseThrow();
            }
        }
        return ring.get(0);
    }

    // ---- the covenant

    /** The head's draft of the covenant (made on the first save). */
    @Transactional
    Covenant draft(Long clusterId, String preamble, List<CovenantTarget> targets) {
        Cluster cluster = headedByMe(clusterId);
        Covenant covenant = covenants.ofCluster(cluster.getId()).orElse(null);
        Map<String, Object> before = covenant == null ? null : covenant.auditState();
        if (covenant == null) {
            covenant = new Covenant(cluster, CurrentUser.actorName());
        }
        covenant.draft(preamble == null || preamble.isBlank() ? null : preamble.strip(), targets, CurrentUser.actorName());
        covenants.saveAndFlush(covenant);
        if (before == null) {
            auditLog.created(covenant);
        } else {
            auditLog.changed("UPDATE", covenant, before);
        }
        return covenant;
    }

    @Transactional
    Covenant open(Long clusterId) {
        return step(headedByMe(clusterId), "OPEN", c -> c.open(clock.instant()));
    }

    @Transactional
    Covenant backToDraft(Long clusterId) {
        return step(headedByMe(clusterId), "BACK_TO_DRAFT", Covenant::backToDraft);
    }

    /** The signed-in representative signs the covenant for their agency. */
    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    Covenant sign(Long clusterId) {
        Cluster cluster = visible(clusterId);
        CurrentUser me = CurrentUser.require();
        Agency agency = agencies.getVisible(me.agencyScope());
        return step(cluster, "SIGN", c -> c.sign(agency, me.getUsername(), me.getFullName(), clock.instant()));
    }

    private Covenant step(Cluster cluster, String action, java.util.function.Consumer<Covenant> change) {
        Covenant covenant = covenants.ofCluster(cluster.getId())
                .orElseThrow(() -> new BusinessRuleException("covenant.error.none"));
        Map<String, Object> before = covenant.auditState();
        change.accept(covenant);
        covenants.saveAndFlush(covenant);
        auditLog.changed(action, covenant, before);
        return covenant;
    }

    /** A cluster whose covenant the signed-in representative manages: their agency heads it that year. */
    private Cluster headedByMe(Long clusterId) {
        Cluster cluster = visible(clusterId);
        CurrentUser me = CurrentUser.require();
        if (!me.isRepresentative() || !cluster.isHeadedBy(me.agencyScope())) {
            throw new AccessDeniedException("only the cluster's head manages its covenant");
        }
        return cluster;
    }

    private void describe(Cluster cluster, ClusterDetails details, Long except) {
        List<Agency> members = new ArrayList<>();
        for (Long id : details.memberIds()) {
            Agency agency = agencies.find(id).filter(Agency::isActive)
                    .orElseThrow(() -> BusinessRuleException.onField("memberIds", "cluster.error.memberUnknown"));
            List<String> elsewhere = clusters.clusterOf(cluster.getYear(), id, except);
            if (!elsewhere.isEmpty()) {
                throw BusinessRuleException.onField("memberIds", "cluster.error.memberElsewhere", agency.getName(), elsewhere.get(0));
            }
            if (members.stream().noneMatch(m -> m.getId().equals(id))) {
                members.add(agency);
            }
        }
        Agency head = details.headId() == null ? null : members.stream().filter(a -> a.getId().equals(details.headId()))
                .findFirst().orElseThrow(() -> BusinessRuleException.onField("headId", "cluster.error.headNotMember"));
        Agency deputy = details.deputyId() == null ? null : members.stream().filter(a -> a.getId().equals(details.deputyId()))
                .findFirst().orElseThrow(() -> BusinessRuleException.onField("deputyId", "cluster.error.deputyNotMember"));
        cluster.describe(details.name(), details.kind(), members, head, deputy, details.decisionNumber(), details.decisionDate());
    }
}
