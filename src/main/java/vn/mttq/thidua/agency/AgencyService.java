package vn.mttq.thidua.agency;

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
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;
    private final ClusterRepository clusters;
    private final UnitRepository units;
    private final AuditLog auditLog;

    AgencyService(AgencyRepository agencies, ClusterRepository clusters, UnitRepository units, AuditLog auditLog) {
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

    public long countWithoutActiveUnits() {
        return agencies.countWithoutActiveUnits();
    }

    public List<Agency> all() {
        return agencies.findAllOrderByName();
    }

    public List<EmulationCluster> clusters() {
        return clusters.findAllByOrderByName();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Agency create(AgencyForm form) {
        if (agencies.existsByNameIgnoreCase(form.getName().trim())) {
            throw BusinessRuleException.onField("name", "agency.error.nameTaken");
        }
        Agency agency = new Agency(form.getKind(), form.getName().trim(), blankToNull(form.getShortName()));
        apply(agency, form);
        agencies.save(agency);
        auditLog.created(agency);
        return agency;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Agency update(Long id, AgencyForm form) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        Versions.check(Agency.class, id, agency.getVersion(), form.getVersion());
        if (agencies.existsByNameIgnoreCaseAndIdNot(form.getName().trim(), id)) {
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

    private void apply(Agency agency, AgencyForm form) {
        Agency parent = null;
        if (form.getParentId() != null) {
            parent = agencies.findById(form.getParentId())
                    .orElseThrow(() -> BusinessRuleException.onField("parentId", "agency.error.parentMissing"));
            if (agency.isAncestorOf(parent)) {
                throw BusinessRuleException.onField("parentId", "agency.error.parentCycle");
            }
        }
        EmulationCluster cluster = null;
        if (form.getClusterId() != null) {
            cluster = clusters.findById(form.getClusterId())
                    .orElseThrow(() -> BusinessRuleException.onField("clusterId", "agency.error.clusterMissing"));
        }
        agency.describe(form.getKind(), form.getName().trim(), blankToNull(form.getShortName()), parent, cluster);
        agency.contact(blankToNull(form.getAddress()), blankToNull(form.getPhone()), blankToNull(form.getEmail()),
                blankToNull(form.getContactPerson()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
