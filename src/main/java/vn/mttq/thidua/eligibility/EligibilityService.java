package vn.mttq.thidua.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.catalogue.FormCatalog;
import vn.mttq.thidua.catalogue.FormOfCommendation;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.EligibilityChecks;
import vn.mttq.thidua.person.HoldRecord;
import vn.mttq.thidua.person.PersonService;

/**
 * A nominee's checks against the conditions of a form, whatever the history's size in at most four statements — the
 * holds on a person lasting today, the form's conditions with their titles, the nominee's (the unit's, or the
 * person's wherever they worked) titles and ratings of the years they look at, and, when a condition asks for them,
 * the nominee's initiatives of those years with where each was counted — then each condition judged:
 * <ul>
 * <li>titles, year by year: a year is met when it holds one of the titles asked for; not met when it holds titles but
 * none of them; unknown when nothing is recorded for it (the history may be kept elsewhere). A consecutive condition
 * is met when each of its years is, not met when one is not; one within a span when enough of its years are met, not
 * met when too few could still be; else unknown.</li>
 * <li>initiatives: met when enough recognised at the scope asked for are counted for this nomination; unknown when
 * enough could be (free, not yet counted) or none is recorded; not met when too few are left.</li>
 * <li>an earlier form: met when the nominee's history here holds it in the years; else unknown (it may have been
 * decided elsewhere).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
class EligibilityService implements EligibilityChecks {

    private final CommendationConditionRepository conditions;
    private final TitleAwardRepository awards;
    private final RecognisedInitiativeRepository initiatives;
    private final PersonService persons;
    private final FormCatalog forms;
    private final Clock clock;

    EligibilityService(CommendationConditionRepository conditions, TitleAwardRepository awards,
                       RecognisedInitiativeRepository initiatives, PersonService persons, FormCatalog forms, Clock clock) {
        this.conditions = conditions;
        this.awards = awards;
        this.initiatives = initiatives;
        this.persons = persons;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public Eligibility of(Subject s) {
        boolean individual = s.type() == NomineeType.INDIVIDUAL;
        Long unitId = individual ? null : s.unitId();
        Long personId = individual ? s.personId() : null;
        List<HoldRecord> holds = personId != null ? persons.holdsOn(personId, LocalDate.now(clock)) : List.of();
        Prior last = s.priors().stream().filter(p -> p.formId().equals(s.formId())).max(Comparator.comparingInt(Prior::year))
                .orElse(null);
        List<CommendationCondition> asked = conditions.findOfForm(s.formId(), s.type());
        if (asked.isEmpty() || (unitId == null && personId == null)) {
            return Eligibility.of(asked.stream().map(c -> ConditionCheck.unknown(c.getAlternative(), requirement(c))).toList(),
                    holds, last);
        }
        int from = asked.stream().mapToInt(c -> c.firstYear(s.year())).min().orElse(s.year());
        Map<Integer, List<TitleAward>> byYear = asked.stream().anyMatch(c -> c.getKind() == Kind.TITLES)
                ? awards.findOfBetween(unitId, personId, from, s.year()).stream().collect(Collectors.groupingBy(TitleAward::getYear))
                : Map.of();
        List<InitiativeFound> recognised = asked.stream().anyMatch(c -> c.getKind() == Kind.INITIATIVES)
                ? initiatives.findOfBetween(unitId, personId, LocalDate.of(from, 1, 1), LocalDate.of(s.year(), 12, 31)).stream()
                        .map(row -> found((RecognisedInitiative) row[0], (InitiativeUse) row[1], s.nominationId())).toList()
                : List.of();
        return Eligibility.of(asked.stream().map(c -> switch (c.getKind()) {
            case TITLES -> judgeTitles(c, s.year(), byYear);
            case INITIATIVES -> judgeInitiatives(c, s.year(), recognised);
            case PRIOR_FORM -> judgePrior(c, s.year(), s.priors());
        }).toList(), holds, last);
    }

    private ConditionCheck judgeTitles(CommendationCondition condition, int year, Map<Integer, List<TitleAward>> byYear) {
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
        return ConditionCheck.ofYears(condition.getAlternative(), requirement(condition), status, found);
    }

    private ConditionCheck judgeInitiatives(CommendationCondition condition, int year, List<InitiativeFound> recognised) {
        int first = condition.firstYear(year);
        List<InitiativeFound> inYears = recognised.stream()
                .filter(i -> i.recognisedOn().getYear() >= first && i.recognisedOn().getYear() <= year).toList();
        List<InitiativeFound> atScope = inYears.stream().filter(i -> i.scope().covers(condition.getInitiativeScope())).toList();
        long counted = atScope.stream().filter(InitiativeFound::countedHere).count();
        long free = atScope.stream().filter(InitiativeFound::isFree).count();
        Status status = counted >= condition.getInitiatives() ? Status.MET
                : inYears.isEmpty() || counted + free >= condition.getInitiatives() ? Status.UNKNOWN : Status.NOT_MET;
        return ConditionCheck.ofInitiatives(condition.getAlternative(), requirement(condition), status, inYears);
    }

    private ConditionCheck judgePrior(CommendationCondition condition, int year, List<Prior> priors) {
        int first = condition.firstYear(year);
        List<Prior> found = priors.stream().filter(p -> p.formId().equals(condition.getPriorFormId()))
                .filter(p -> p.year() >= first && p.year() <= year).toList();
        return ConditionCheck.ofPriors(condition.getAlternative(), requirement(condition),
                found.isEmpty() ? Status.UNKNOWN : Status.MET, found);
    }

    private Requirement requirement(CommendationCondition c) {
        return switch (c.getKind()) {
            case TITLES -> Requirement.titles(c.getYears(), c.isConsecutive(), c.getWithinYears(),
                    c.getTitles().stream().map(EmulationTitle::name).toList(), c.getLegalBasis(), c.isSetByFront());
            case INITIATIVES -> Requirement.initiatives(c.getYears(), c.getInitiatives(), c.getInitiativeScope(),
                    c.getLegalBasis(), c.isSetByFront());
            case PRIOR_FORM -> Requirement.priorForm(c.getYears(), forms.find(c.getPriorFormId())
                    .map(EligibilityService::formName).orElse(new TitleName("?", "?")), c.getLegalBasis(), c.isSetByFront());
        };
    }

    static TitleName formName(FormOfCommendation form) {
        return new TitleName(form.getName(), form.getNameEn());
    }

    private static InitiativeFound found(RecognisedInitiative i, InitiativeUse use, Long nominationId) {
        boolean here = use != null && nominationId != null && nominationId.equals(use.getNominationId());
        return new InitiativeFound(i.getId(), i.getTitle(), i.getScope(), i.getRecognisedBy(), i.getDocumentNumber(),
                i.getRecognisedOn(), here, use == null || here ? null : use.getNominationId(),
                use == null ? null : use.getUsedElsewhere());
    }

    private static Award award(TitleAward a) {
        return new Award(a.getTitle().name(), a.getDecidingBody(), a.getDocumentNumber(), a.getDecidedOn());
    }
}
