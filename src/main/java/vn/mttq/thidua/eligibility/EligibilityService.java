package vn.mttq.thidua.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.EligibilityChecks;
import vn.mttq.thidua.person.HoldRecord;
import vn.mttq.thidua.person.PersonService;

/**
 * A nominee's checks against the conditions of a form: at most three statements whatever the history's size — the
 * holds on a person lasting today, the form's conditions with their titles, and the nominee's (the unit's or the
 * person's, wherever they worked) titles and ratings of the years they look at — then each condition judged year by
 * year.
 * <p>
 * A year is met when it holds one of the titles asked for; not met when it holds titles but none of them; unknown
 * when nothing is recorded for it (the history may be kept elsewhere). A consecutive condition is met when each of its
 * years is, not met when one is not; one within a span when enough of its years are met, not met when too few could
 * still be; else unknown.
 */
@Service
@Transactional(readOnly = true)
class EligibilityService implements EligibilityChecks {

    private final CommendationConditionRepository conditions;
    private final TitleAwardRepository awards;

    private final PersonService persons;
    private final Clock clock;

    EligibilityService(CommendationConditionRepository conditions, TitleAwardRepository awards, PersonService persons,
                       Clock clock) {
        this.conditions = conditions;
        this.awards = awards;
        this.persons = persons;
        this.clock = clock;
    }

    @Override
    public Eligibility of(NomineeType type, Long unitId, Long personId, Long formId, int year) {
        boolean individual = type == NomineeType.INDIVIDUAL;
        List<HoldRecord> holds = individual && personId != null ? persons.holdsOn(personId, LocalDate.now(clock)) : List.of();
        List<CommendationCondition> asked = conditions.findOfForm(formId, type);
        if (asked.isEmpty() || (individual ? personId == null : unitId == null)) {
            return Eligibility.of(asked.stream().map(EligibilityService::unknown).toList(), holds);
        }
        int from = asked.stream().mapToInt(c -> c.firstYear(year)).min().orElse(year);
        Map<Integer, List<TitleAward>> byYear = awards.findOfBetween(individual ? null : unitId, individual ? personId : null,
                from, year).stream().collect(Collectors.groupingBy(TitleAward::getYear));
        return Eligibility.of(asked.stream().map(c -> judge(c, year, byYear)).toList(), holds);
    }

    private static ConditionCheck judge(CommendationCondition condition, int year, Map<Integer, List<TitleAward>> byYear) {
        Set<Long> wanted = condition.getTitles().stream().map(EmulationTitle::getId).collect(Collectors.toSet());
        List<YearFound> found = new ArrayList<>();
        for (int y = year; y >= condition.firstYear(year); y--) {
            List<TitleAward> held = byYear.getOrDefault(y, List.of());
            Status status = held.isEmpty() ? Status.UNKNOWN
                    : held.stream().anyMatch(a -> wanted.contains(a.getTitle().getId())) ? Status.MET : Status.NOT_MET;
            found.add(new YearFound(y, status, held.stream().map(EligibilityService::award).toList()));
        }
        long met = found.stream().filter(f -> f.status() == Status.MET).count();
        long possible = found.stream().filter(f -> f.status() != Status.NOT_MET).count();
        Status status = met >= condition.getYears() ? Status.MET
                : possible < condition.getYears() ? Status.NOT_MET : Status.UNKNOWN;
        return new ConditionCheck(condition.getAlternative(), requirement(condition), status, found);
    }

    private static ConditionCheck unknown(CommendationCondition condition) {
        return new ConditionCheck(condition.getAlternative(), requirement(condition), Status.UNKNOWN, List.of());
    }

    private static Requirement requirement(CommendationCondition condition) {
        return new Requirement(condition.getYears(), condition.isConsecutive(), condition.getWithinYears(),
                condition.getTitles().stream().map(EmulationTitle::name).toList(), condition.getLegalBasis(),
                condition.isSetByFront());
    }

    private static Award award(TitleAward a) {
        return new Award(a.getTitle().name(), a.getDecidingBody(), a.getDocumentNumber(), a.getDecidedOn());
    }
}
