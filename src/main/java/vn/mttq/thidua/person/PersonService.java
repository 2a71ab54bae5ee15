package vn.mttq.thidua.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.Versions;

/**
 * Persons, their placements and holds. Every lookup goes through the signed-in user's agency scope: a representative
 * reaches the persons working in their own agency today, whatever id they send. Representatives and staff register
 * and describe persons; staff record moves (between agencies too) and holds. Every change is audited.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository persons;
    private final PlacementRepository placements;
    private final HoldRepository holds;
    private final UnitService units;
    private final AuditLog auditLog;
    private final Clock clock;

    PersonService(PersonRepository persons, PlacementRepository placements, HoldRepository holds, UnitService units,
                  AuditLog auditLog, Clock clock) {
        this.persons = persons;
        this.placements = placements;
        this.holds = holds;
        this.units = units;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A person the user may see, as other modules read them; not found when out of their sight. */
    public PersonRecord visible(Long id) {
        return PersonRecord.of(get(id));
    }

    /** The persons working in an agency today (the choices of a nomination's individual). */
    public List<PersonRecord> ofAgency(Long agencyId) {
        Long scope = CurrentUser.require().agencyScope();
        if (scope != null && !scope.equals(agencyId)) {
            return List.of();
        }
        return persons.ofAgency(agencyId).stream().map(PersonRecord::of).toList();
    }

    /** The person of an agency with this name (whatever its case) and birth year, if the user may see them. */
    public Optional<PersonRecord> named(Long agencyId, String fullName, int birthYear) {
        Long scope = CurrentUser.require().agencyScope();
        if (scope != null && !scope.equals(agencyId)) {
            return Optional.empty();
        }
        return persons.named(agencyId, fullName.strip(), birthYear).stream().findFirst().map(PersonRecord::of);
    }

    /** The holds on a person lasting on a day. */
    public List<HoldRecord> holdsOn(Long personId, LocalDate day) {
        return holds.lastingOn(personId, day).stream().map(Hold::record).toList();
    }

    /**
     * The person a nomination typed by name: the one of the unit's agency with that name and birth year, or a new
     * record placed in the unit (with the birth year alone), so that their history starts with it.
     */
    @Transactional
    public PersonRecord findOrRegister(Long unitId, String fullName, int birthYear, Gender gender, String position) {
        Unit unit = units.getVisible(unitId);
        Optional<Person> known = persons.named(unit.getAgency().getId(), fullName, birthYear).stream().findFirst();
        if (known.isPresent()) {
            return PersonRecord.of(known.get());
        }
        return PersonRecord.of(register(unit, fullName, null, birthYear, gender, position, null));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Person get(Long id) {
        return persons.findScoped(id, CurrentUser.require().agencyScope())
                .orElseThrow(() -> new NotFoundException("Person", id));
    }

    /** A person whose moves and holds the user may record (staff). */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    Person getToManage(Long id) {
        return get(id);
    }

    Page<Person> search(String q, Long agencyId, Pageable pageable) {
        return persons.search(CurrentUser.require().agencyScope(), agencyId, SearchText.containsPattern(q), pageable);
    }

    List<Placement> placements(Person person) {
        return placements.ofPerson(person.getId());
    }

    List<Hold> holds(Person person) {
        return holds.findByPersonIdOrderByFromDateDescIdDesc(person.getId());
    }

    /** The units a person can be registered in or moved to by the user: a representative's own, or all. */
    List<Unit> unitChoices() {
        return units.activeInScope();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('AGENCY_REP', 'STAFF', 'ADMIN')")
    Person create(PersonForm form) {
        if (form.getUnitId() == null) {
            throw BusinessRuleException.onField("unitId", "person.error.unitRequired");
        }
        Unit unit = units.getVisible(form.getUnitId());
        if (!unit.isActive()) {
            throw BusinessRuleException.onField("unitId", "unit.error.withdrawn");
        }
        return register(unit, form.getFullName().strip(), form.getBirthDate(), null, form.getGender(),
                blankToNull(form.getPosition()), LocalDate.now(clock));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('AGENCY_REP', 'STAFF', 'ADMIN')")
    Person update(Long id, PersonForm form) {
        Person person = get(id);
        Versions.check(Person.class, id, person.getVersion(), form.getVersion());
        Map<String, Object> before = person.auditState();
        person.describe(form.getFullName().strip(), form.getBirthDate(), null, form.getGender(), blankToNull(form.getPosition()));
        persons.save(person);
        auditLog.changed("UPDATE", person, before);
        return person;
    }

    /**
     * Moves a person to another unit from a date: their open placement ends the day before, a new one opens. The
     * history (titles, holds, nominations) stays with the person.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    Person move(Long id, MoveForm form) {
        Person person = get(id);
        Versions.check(Person.class, id, person.getVersion(), form.getVersion());
        Unit unit = units.getVisible(form.getUnitId());
        if (!unit.isActive()) {
            throw BusinessRuleException.onField("unitId", "unit.error.withdrawn");
        }
        if (unit.getId().equals(person.getUnit().getId())) {
            throw BusinessRuleException.onField("unitId", "person.error.sameUnit");
        }
        if (form.getFromDate().isAfter(LocalDate.now(clock))) {
            throw BusinessRuleException.onField("fromDate", "person.error.moveInFuture");
        }
        Placement open = placements(person).stream().filter(Placement::isOpen).findFirst().orElse(null);
        if (open != null && open.getFromDate() != null && !form.getFromDate().isAfter(open.getFromDate())) {
            throw BusinessRuleException.onField("fromDate", "person.error.moveBeforeLast");
        }
        Map<String, Object> before = person.auditState();
        if (open != null) {
            open.endBefore(form.getFromDate());
            placements.saveAndFlush(open);
        }
        String position = blankToNull(form.getPosition());
        placements.save(new Placement(person.getId(), unit, position, form.getFromDate(), blankToNull(form.getNote())));
        person.placeIn(unit, position);
        persons.save(person);
        auditLog.changed("MOVE", person, before, unit.getName());
        return person;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    Hold hold(Long personId, HoldForm form) {
        Person person = get(personId);
        Hold hold = holds.save(new Hold(person.getId(), form.getKind(), form.getFromDate(), form.getUntilDate(),
                form.getReason().strip(), CurrentUser.actorName()));
        auditLog.created(hold);
        return hold;
    }

    /** Ends a hold: it lasted until the day given (yesterday when none is), and no longer blocks from the next. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    Hold endHold(Long personId, Long holdId, LocalDate on) {
        Person person = get(personId);
        Hold hold = holds.findByIdAndPersonId(holdId, person.getId()).orElseThrow(() -> new NotFoundException("PersonHold", holdId));
        Map<String, Object> before = hold.auditState();
        hold.end(on == null ? LocalDate.now(clock).minusDays(1) : on);
        holds.save(hold);
        auditLog.changed("END", hold, before);
        return hold;
    }

    private Person register(Unit unit, String fullName, LocalDate birthDate, Integer birthYear, Gender gender,
                            String position, LocalDate from) {
        Person person = persons.save(new Person(unit, fullName, birthDate, birthYear, gender, position));
        placements.save(new Placement(person.getId(), unit, position, from, null));
        auditLog.created(person);
        return person;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
