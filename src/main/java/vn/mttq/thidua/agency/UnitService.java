package vn.mttq.thidua.agency;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Versions;

import static vn.mttq.thidua.agency.AgencyService.blankToNull;

/**
 * The units an agency registers. Every lookup goes through the signed-in user's agency scope, so that a
 * representative reaches only the units of their own agency whatever id they send.
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final AgencyService agencies;
    private final CampaignService campaigns;
    private final AuditLog auditLog;
    private final Clock clock;

    UnitService(UnitRepository units, AgencyService agencies, CampaignService campaigns, AuditLog auditLog,
                Clock clock) {
        this.units = units;
        this.agencies = agencies;
        this.campaigns = campaigns;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Unit getVisible(Long id) {
        return units.findScoped(id, CurrentUser.require().agencyScope())
                .orElseThrow(() -> new NotFoundException("Unit", id));
    }

    /** The units of an agency the user may see, active ones first. */
    public List<Unit> ofAgency(Long agencyId) {
        return units.findByAgency(agencies.getVisible(agencyId).getId());
    }

    /** Every active unit with its agency, by agency and name: the choices of staff forms. */
    public List<Unit> allActive() {
        return units.findAllActive();
    }

    /** The active units the signed-in user may reach: a representative's own, or all. */
    public List<Unit> activeInScope() {
        Long scope = CurrentUser.require().agencyScope();
        return scope == null ? units.findAllActive() : units.findActiveOfAgency(scope);
    }

    public long countActive() {
        return units.countByStatus(UnitStatus.ACTIVE);
    }

    @Transactional
    public Unit register(Long agencyId, UnitForm form) {
        Agency agency = agencies.getVisible(agencyId);
        ContentArea area = contentArea(form);
        String name = form.getName().trim();
        if (units.activeNameTaken(agency.getId(), name, null)) {
            throw BusinessRuleException.onField("name", "unit.error.nameTaken");
        }
        Unit unit = new Unit(agency, area, name, form.getKind());
        unit.describe(area, name, form.getKind(), blankToNull(form.getAddress()), blankToNull(form.getContactName()),
                blankToNull(form.getContactPhone()), blankToNull(form.getContactEmail()));
        units.save(unit);
        auditLog.created(unit);
        return unit;
    }

    @Transactional
    public Unit update(Long id, UnitForm form) {
        Unit unit = getVisible(id);
        Versions.check(Unit.class, id, unit.getVersion(), form.getVersion());
        String name = form.getName().trim();
        if (units.activeNameTaken(unit.getAgency().getId(), name, id)) {
            throw BusinessRuleException.onField("name", "unit.error.nameTaken");
        }
        Map<String, Object> before = unit.auditState();
        unit.describe(contentArea(form), name, form.getKind(), blankToNull(form.getAddress()),
                blankToNull(form.getContactName()), blankToNull(form.getContactPhone()),
                blankToNull(form.getContactEmail()));
        auditLog.changed("UPDATE", unit, before);
        return unit;
    }

    @Transactional
    public Unit withdraw(Long id, String reason, Long version) {
        Unit unit = getVisible(id);
        Versions.check(Unit.class, id, unit.getVersion(), version);
        Map<String, Object> before = unit.auditState();
        unit.withdraw(reason.trim(), clock.instant());
        auditLog.changed("WITHDRAW", unit, before, reason.trim());
        return unit;
    }

    private ContentArea contentArea(UnitForm form) {
        return campaigns.findContentArea(form.getContentAreaId())
                .orElseThrow(() -> BusinessRuleException.onField("contentAreaId", "unit.error.contentAreaMissing"));
    }
}
