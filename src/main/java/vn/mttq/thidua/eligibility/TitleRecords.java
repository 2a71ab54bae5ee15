package vn.mttq.thidua.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.person.PersonService;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * The titles and ratings of a unit or a person, year by year: what their nominations' conditions are checked
 * against. Staff enter those other bodies decided (with the deciding body, number and date) and remove one entered by
 * mistake, both audited; a representative reads their own agency's units' and persons'.
 */
@Service
@Transactional(readOnly = true)
class TitleRecords {

    private final TitleAwardRepository awards;
    private final EmulationTitleRepository titles;
    private final UnitService units;
    private final PersonService persons;
    private final AuditLog auditLog;
    private final Clock clock;

    TitleRecords(TitleAwardRepository awards, EmulationTitleRepository titles, UnitService units, PersonService persons,
                 AuditLog auditLog, Clock clock) {
        this.awards = awards;
        this.titles = titles;
        this.units = units;
        this.persons = persons;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A unit or a person the user may see (a representative: of their own agency), else not found. */
    TitleHolder holder(NomineeType type, Long id) {
        return type == NomineeType.COLLECTIVE ? TitleHolder.of(units.getVisible(id)) : TitleHolder.of(persons.visible(id));
    }

    /** A unit or a person whose titles the user may change (staff), else refused; not found when out of their sight. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    TitleHolder holderToChange(NomineeType type, Long id) {
        return holder(type, id);
    }

    List<TitleAward> of(TitleHolder holder) {
        return awards.findOf(holder.unitId(), holder.personId());
    }

    /** The titles and ratings such a holder can hold. */
    List<EmulationTitle> choices(TitleHolder holder) {
        return titles.findAllByOrderBySortOrder().stream().filter(t -> t.getRecipient().accepts(holder.type())).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    TitleAward record(NomineeType type, Long id, TitleAwardForm form) {
        TitleHolder holder = holder(type, id);
        EmulationTitle title = titles.findById(form.getTitleId())
                .filter(t -> t.getRecipient().accepts(holder.type()))
                .orElseThrow(() -> BusinessRuleException.onField("titleId", "title.error.unknownTitle"));
        if (form.getDecidedOn().isAfter(LocalDate.now(clock))) {
            throw BusinessRuleException.onField("decidedOn", "title.error.decidedInFuture");
        }
        if (form.getDecidedOn().getYear() < form.getYear()) {
            throw BusinessRuleException.onField("decidedOn", "title.error.decidedBeforeYear");
        }
        if (awards.held(holder.unitId(), holder.personId(), form.getYear(), title.getId())) {
            throw new BusinessRuleException(holder.isPerson() ? "title.error.duplicatePerson" : "title.error.duplicate");
        }
        TitleAward award = awards.save(new TitleAward(holder, title, form.getYear(), form.getDecidingBody().strip(),
                form.getDocumentNumber().strip(), form.getDecidedOn(), CurrentUser.actorName()));
        auditLog.created(award);
        return award;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    TitleAward remove(NomineeType type, Long id, Long awardId) {
        TitleHolder holder = holder(type, id);
        TitleAward award = awards.findOfHolder(awardId, holder.unitId(), holder.personId())
                .orElseThrow(() -> new NotFoundException("TitleAward", awardId));
        Map<String, Object> before = award.auditState();
        awards.delete(award);
        auditLog.record("DELETE", award.auditType(), award.getId(), null, before, null);
        return award;
    }
}
