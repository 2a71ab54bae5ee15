package vn.mttq.thidua.criterion;

import org.springframework.modulith.NamedInterface;

import org.springframework.context.event.EventListener;

import vn.mttq.thidua.campaign.CampaignCreated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Versions;

/** The criteria of each content area: staff manage the tree; reports are scored on its leaves. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class CriterionService {

    private final CriterionRepository criteria;
    private final CampaignService campaigns;
    private final AuditLog auditLog;
    private final CriterionUse use;

    CriterionService(CriterionRepository criteria, CampaignService campaigns, AuditLog auditLog, CriterionUse use) {
        this.use = use;
        this.criteria = criteria;
        this.campaigns = campaigns;
        this.auditLog = auditLog;
    }

    /** The tree of a content area, depth first, in order. */
    public List<CriterionRow> tree(Long areaId) {
        return flatten(criteria.findByArea(areaId));
    }

    public Criterion get(Long id) {
        return criteria.findById(id).orElseThrow(() -> new NotFoundException("Criterion", id));
    }

    static List<CriterionRow> flatten(List<Criterion> all) {
        Map<Long, List<Criterion>> children = new HashMap<>();
        List<Criterion> roots = new ArrayList<>();
        for (Criterion c : all) {
            if (c.getParentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CriterionRow> rows = new ArrayList<>();
        roots.forEach(root -> walk(root, 0, children, rows));
        return rows;
    }

    private static void walk(Criterion c, int depth, Map<Long, List<Criterion>> children, List<CriterionRow> rows) {
        List<Criterion> below = children.getOrDefault(c.getId(), List.of());
        rows.add(new CriterionRow(c, depth, below.isEmpty()));
        below.forEach(child -> walk(child, depth + 1, children, rows));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Criterion create(CriterionDetails form) {
        ContentArea area = campaigns.findContentArea(form.contentAreaId())
                .orElseThrow(() -> BusinessRuleException.onField("contentAreaId", "criterion.error.contentAreaMissing"));
        if (criteria.existsByContentAreaIdAndCodeIgnoreCase(area.getId(), form.code().trim())) {
            throw BusinessRuleException.onField("code", "criterion.error.codeTaken");
        }
        requireNumberingOpen(area);
        Criterion criterion = new Criterion(area);
        criterion.describe(parent(form, null), form.code().trim(), form.name().trim(), form.maxPoints(),
                form.bonusPoints(), form.sortOrder());
        criteria.save(criterion);
        auditLog.created(criterion);
        return criterion;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public Criterion update(Long id, CriterionDetails form, Long version) {
        Criterion criterion = get(id);
        Versions.check(Criterion.class, id, criterion.getVersion(), version);
        if (criteria.existsByContentAreaIdAndCodeIgnoreCaseAndIdNot(criterion.getContentArea().getId(),
                form.code().trim(), id)) {
            throw BusinessRuleException.onField("code", "criterion.error.codeTaken");
        }
        Criterion parent = parent(form, criterion);
        if (!criterion.getCode().equals(form.code().trim()) || !Objects.equals(criterion.getParentId(),
                parent == null ? null : parent.getId())) {
            requireNumberingOpen(criterion.getContentArea());
        } else if (!criterion.getContentArea().getCampaign().getStatus().isOpen()) {
            throw new BusinessRuleException("campaign.error.closed");
        }
        Map<String, Object> before = criterion.auditState();
        criterion.describe(parent, form.code().trim(), form.name().trim(), form.maxPoints(),
                form.bonusPoints(), form.sortOrder());
        auditLog.changed("UPDATE", criterion, before);
        return criterion;
    }

    /**
     * A campaign copied from another takes its criteria trees: each source content area's tree, as it is, onto
     * the area's copy (codes, names, points, order and nesting).
     */
    @EventListener
    void copyTrees(CampaignCreated created) {
        created.areaCopies().forEach((sourceAreaId, copyAreaId) -> {
            ContentArea copyArea = campaigns.findContentArea(copyAreaId).orElseThrow();
            Map<Long, Criterion> copies = new HashMap<>();
            for (CriterionRow row : tree(sourceAreaId)) {
                Criterion source = row.criterion();
                Criterion copy = new Criterion(copyArea);
                copy.describe(source.getParentId() == null ? null : copies.get(source.getParentId()), source.getCode(),
                        source.getName(), source.getMaxPoints(), source.getBonusPoints(), source.getSortOrder());
                criteria.save(copy);
                auditLog.created(copy);
                copies.put(source.getId(), copy);
            }
        });
    }

    /** A criterion that holds others, or on which a report was scored, stays. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void delete(Long id) {
        Criterion criterion = get(id);
        if (criteria.hasChildren(id)) {
            throw new BusinessRuleException("criterion.error.hasChildren");
        }
        if (use.isScored(id)) {
            throw new BusinessRuleException("criterion.error.scored");
        }
        requireNumberingOpen(criterion.getContentArea());
        auditLog.record("DELETE", criterion.auditType(), id, criterion.getName(), criterion.auditState(), null);
        criteria.delete(criterion);
    }

    /**
     * A launched campaign's criteria keep their numbering once units have reported in the area: no criterion is
     * added, removed, renumbered or moved then (its name and points can still be corrected); a closed campaign's
     * criteria do not change at all. A draft's are free.
     */
    private void requireNumberingOpen(ContentArea area) {
        vn.mttq.thidua.campaign.CampaignStatus status = area.getCampaign().getStatus();
        if (!status.isOpen()) {
            throw new BusinessRuleException("campaign.error.closed");
        }
        if (!status.isDraft() && use.isReportedIn(area.getId())) {
            throw new BusinessRuleException("criterion.error.numberingFixed");
        }
    }

    private Criterion parent(CriterionDetails form, Criterion self) {
        if (form.parentId() == null) {
            return null;
        }
        Criterion parent = criteria.findById(form.parentId())
                .filter(p -> Objects.equals(p.getContentArea().getId(), form.contentAreaId()))
                .orElseThrow(() -> BusinessRuleException.onField("parentId", "criterion.error.parentMissing"));
        for (Criterion c = parent; self != null && c != null; c = c.getParent()) {
            if (c.getId().equals(self.getId())) {
                throw BusinessRuleException.onField("parentId", "criterion.error.parentCycle");
            }
        }
        return parent;
    }
}
