package vn.mttq.thidua.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * The titles and ratings of a unit, year by year: what its nominations' conditions are checked against. Staff enter
 * those other bodies decided (with the deciding body, number and date) and remove one entered by mistake, both
 * audited; a representative reads their own units'.
 */
@Service
@Transactional(readOnly = true)
class TitleRecords {

    private final TitleAwardRepository awards;
    private final EmulationTitleRepository titles;
    private final UnitService units;
    private final AuditLog auditLog;
    private final Clock clock;

    TitleRecords(TitleAwardRepository awards, EmulationTitleRepository titles, UnitService units, AuditLog auditLog, Clock clock) {
        this.awards = awards;
        this.titles = titles;
        this.units = units;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A unit the user may see (a representative: of their own agency), else not found. */
    Unit unit(Long unitId) {
        return units.getVisible(unitId);
    }

    /** A unit whose titles the user may change (staff), else refused; not found when out of their sight. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    Unit unitToChange(Long unitId) {
        return units.getVisible(unitId);
    }

    List<TitleAward> of(Unit unit) {
        return awards.findOfUnit(unit.getId());
    }

    /** The titles and ratings a collective can hold. */
    List<EmulationTitle> forCollectives() {
        return titles.findAllByOrderBySortOrder().stream().filter(t -> t.getRecipient().accepts(NomineeType.COLLECTIVE)).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    TitleAward record(Long unitId, TitleAwardForm form) {
        Unit unit = units.getVisible(unitId);
        EmulationTitle title = titles.findById(form.getTitleId())
                .filter(t -> t.getRecipient().accepts(NomineeType.COLLECTIVE))
                .orElseThrow(() -> new BusinessRuleException("title.error.unknownTitle"));
        if (form.getDecidedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("title.error.decidedInFuture");
        }
        if (form.getDecidedOn().getYear() < form.getYear()) {
            throw new BusinessRuleException("title.error.decidedBeforeYear");
        }
        if (awards.existsByUnitIdAndYearAndTitleId(unit.getId(), form.getYear(), title.getId())) {
            throw new BusinessRuleException("title.error.duplicate");
        }
        TitleAward award = awards.save(new TitleAward(unit.getId(), title, form.getYear(), form.getDecidingBody().strip(),
                form.getDocumentNumber().strip(), form.getDecidedOn(), CurrentUser.actorName()));
        auditLog.created(award);
        return award;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    TitleAward remove(Long unitId, Long awardId) {
        Unit unit = units.getVisible(unitId);
        TitleAward award = awards.findByIdAndUnitId(awardId, unit.getId())
                .orElseThrow(() -> new NotFoundException("TitleAward", awardId));
        Map<String, Object> before = award.auditState();
        awards.delete(award);
        auditLog.record("DELETE", award.auditType(), award.getId(), null, before, null);
        return award;
    }
}
