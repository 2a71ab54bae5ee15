package vn.mttq.thidua.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.EligibilityChecks;

/**
 * A nominee's checks against the conditions of a form: two statements whatever the history's size — the form's
 * conditions with their titles, and the nominee's titles and ratings of the years they look at — then each
 * condition judged year by year.
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

    EligibilityService(CommendationConditionRepository conditions, TitleAwardRepository awards) {
        this.conditions = conditions;
        this.awards = awards;
    }

    @Override
    public Eligibility of(NomineeType type, Long unitId, Long formId, int year) {
        List<CommendationCondition> asked = conditions.findOfForm(formId, type);
        if (asked.isEmpty() || type != NomineeType.COLLECTIVE || unitId == null) {
            // an individual's history is kept with the person (a later step): their conditions are unknown
            return Eligibility.of(asked.stream().map(EligibilityService::unknown).toList());
        }
        int from = asked.stream().mapToInt(c -> c.firstYear(year)).min().orElse(year);
        Map<Integer, List<TitleAward>> byYear = awards.findOfUnitBetween(unitId, from, year).stream()
                .collect(Collectors.groupingBy(TitleAward::getYear));
        return Eligibility.of(asked.stream().map(c -> judge(c, year, byYear)).toList());
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
