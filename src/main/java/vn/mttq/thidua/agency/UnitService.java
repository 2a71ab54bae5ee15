package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.campaign.Campaign;
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
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final ParticipationRepository participations;
    private final AgencyService agencies;
    private final CampaignService campaigns;
    private final AuditLog auditLog;
    private final Clock clock;

    UnitService(UnitRepository units, ParticipationRepository participations, AgencyService agencies,
                CampaignService campaigns, AuditLog auditLog, Clock clock) {
        this.participations = participations;
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

    /** The ids of every unit of an agency, withdrawn ones too (not checked against the user: a query's filter). */
    public List<Long> idsOf(Long agencyId) {
        return units.idsOfAgency(agencyId);
    }

    /** The units of an agency the user has already been shown ({@link AgencyService#getVisible}), without reading it again. */
    public List<Unit> of(Agency visible) {
        return units.findByAgency(visible.getId());
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

    /** How many active units take part in a campaign. */
    public long countTakingPart(Long campaignId) {
        return participations.countActiveOfCampaign(campaignId);
    }

    /** The content area each of these units takes part in within a campaign (absent: not registered in it). */
    public Map<Long, ContentArea> areasIn(Long campaignId, java.util.Collection<Long> unitIds) {
        Map<Long, ContentArea> areas = new java.util.HashMap<>();
        if (!unitIds.isEmpty()) {
            participations.ofUnits(unitIds).stream().filter(p -> p.getCampaign().getId().equals(campaignId))
                    .forEach(p -> areas.put(p.getUnit().getId(), p.getContentArea()));
        }
        return areas;
    }

    public long countActive() {
        return units.countByStatus(UnitStatus.ACTIVE);
    }

    @Transactional
    public Unit register(Long agencyId, UnitDetails form) {
        Agency agency = agencies.getVisible(agencyId);
        agency.requireActive();
        ContentArea area = contentArea(form);
        String name = form.name().trim();
        if (units.activeNameTaken(agency.getId(), name, null)) {
            throw BusinessRuleException.onField("name", "unit.error.nameTaken");
        }
        Unit unit = new Unit(agency, area, name, form.kind());
        unit.describe(area, name, form.kind(), blankToNull(form.address()), blankToNull(form.contactName()),
                blankToNull(form.contactPhone()), blankToNull(form.contactEmail()));
        units.save(unit);
        auditLog.created(unit);
        takePart(unit, area);
        return unit;
    }

    @Transactional
    public Unit update(Long id, UnitDetails form, Long version) {
        Unit unit = getVisible(id);
        Versions.check(Unit.class, id, unit.getVersion(), version);
        String name = form.name().trim();
        if (units.activeNameTaken(unit.getAgency().getId(), name, id)) {
            throw BusinessRuleException.onField("name", "unit.error.nameTaken");
        }
        Map<String, Object> before = unit.auditState();
        ContentArea area = contentArea(form);
        unit.describe(area, name, form.kind(), blankToNull(form.address()),
                blankToNull(form.contactName()), blankToNull(form.contactPhone()),
                blankToNull(form.contactEmail()));
        auditLog.changed("UPDATE", unit, before);
        takePart(unit, area);
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

    /** The unit's taking part in a campaign, if it takes part. */
    public java.util.Optional<Participation> participation(Long unitId, Long campaignId) {
        return participations.find(unitId, campaignId);
    }

    /**
     * The units of an agency the user may reach, each with its content area in the given campaign (null where
     * it does not take part) and a proposal carried over from its latest earlier campaign: the content area
     * with the same number.
     */
    public java.util.List<Registration> registrations(Long agencyId, Campaign campaign) {
        Agency agency = agencies.getVisible(agencyId);
        java.util.List<Unit> active = units.findActiveOfAgency(agency.getId());
        java.util.Map<Long, java.util.List<Participation>> byUnit = new java.util.HashMap<>();
        if (!active.isEmpty()) {
            participations.ofUnits(active.stream().map(Unit::getId).toList())
                    .forEach(p -> byUnit.computeIfAbsent(p.getUnit().getId(), k -> new java.util.ArrayList<>()).add(p));
        }
        java.util.List<Registration> rows = new java.util.ArrayList<>();
        for (Unit unit : active) {
            java.util.List<Participation> history = byUnit.getOrDefault(unit.getId(), java.util.List.of());
            ContentArea current = history.stream().filter(p -> p.getCampaign().getId().equals(campaign.getId()))
                    .map(Participation::getContentArea).findFirst().orElse(null);
            ContentArea previous = history.stream().filter(p -> p.getCampaign().getStartYear() < campaign.getStartYear())
                    .map(Participation::getContentArea).findFirst().orElse(null);
            ContentArea proposed = current != null ? current : previous == null ? null : campaign.getContentAreas().stream()
                    .filter(a -> a.getNumber() == previous.getNumber()).findFirst().orElse(null);
            rows.add(new Registration(unit, current, previous, proposed));
        }
        return rows;
    }

    /** One unit's line on the registration page of a campaign. */
    public record Registration(Unit unit, ContentArea current, ContentArea previous, ContentArea proposed) {
    }

    /**
     * Registers units of an agency in a campaign that is not closed, each in the content area chosen (an empty
     * choice leaves a unit out; a unit already taking part moves to the area chosen).
     */
    @Transactional
    public int register(Long agencyId, Long campaignId, java.util.Map<Long, Long> areaByUnit) {
        Agency agency = agencies.getVisible(agencyId);
        agency.requireActive();
        Campaign campaign = campaigns.get(campaignId);
        if (!campaign.getStatus().isOpen()) {
            throw new BusinessRuleException("campaign.error.closed");
        }
        int registered = 0;
        for (java.util.Map.Entry<Long, Long> choice : areaByUnit.entrySet()) {
            if (choice.getValue() == null) {
                continue;
            }
            Unit unit = units.findScoped(choice.getKey(), agency.getId())
                    .orElseThrow(() -> new NotFoundException("Unit", choice.getKey()));
            ContentArea area = campaign.getContentAreas().stream().filter(a -> a.getId().equals(choice.getValue()))
                    .findFirst().orElseThrow(() -> BusinessRuleException.onField("areas", "unit.error.contentAreaMissing"));
            takePart(unit, area);
            registered++;
        }
        if (registered == 0) {
            throw BusinessRuleException.onField("areas", "participation.error.none");
        }
        return registered;
    }

    /** The unit takes part in the area's campaign in that area (registered, or moved within the campaign). */
    private void takePart(Unit unit, ContentArea area) {
        java.util.Optional<Participation> existing = participations.find(unit.getId(), area.getCampaign().getId());
        boolean changes = existing.map(p -> !p.getContentArea().getId().equals(area.getId())).orElse(true);
        if (changes && !area.getCampaign().getStatus().isOpen()) {
            throw BusinessRuleException.onField("contentAreaId", "campaign.error.closed");
        }
        if (existing.isPresent()) {
            Participation participation = existing.get();
            if (changes) {
                Map<String, Object> before = participation.auditState();
                participation.moveTo(area);
                auditLog.changed("MOVE", participation, before);
            }
        } else {
            unit.requireActive();
            Participation participation = participations.save(new Participation(unit, area, CurrentUser.actorName(),
                    clock.instant()));
            auditLog.created(participation);
        }
        unit.takesPartIn(area);
    }

    /** Whether the agency already has an active unit of that name (for checking a file before importing it). */
    public boolean activeNameTaken(Long agencyId, String name) {
        return units.activeNameTaken(agencyId, name.trim(), null);
    }

    private ContentArea contentArea(UnitDetails form) {
        return campaigns.findContentArea(form.contentAreaId())
                .orElseThrow(() -> BusinessRuleException.onField("contentAreaId", "unit.error.contentAreaMissing"));
    }
}
