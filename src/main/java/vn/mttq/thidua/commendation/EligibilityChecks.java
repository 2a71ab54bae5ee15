package vn.mttq.thidua.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.person.HoldRecord;
import vn.mttq.thidua.shared.Names;

/**
 * What a nomination needs to know of its nominee's eligibility: the conditions of its form for its kind of nominee,
 * each met, not met or unknown from the nominee's history as of the year the achievement covers, with the records
 * that show it. The eligibility module, which keeps the conditions and the history, implements it.
 */
@NamedInterface("api")
public interface EligibilityChecks {

    /** The checks of a nominee proposed for a form for the achievements of a year, with the holds lasting today. */
    Eligibility of(Subject subject);

    enum Status {
        MET, NOT_MET, UNKNOWN
    }

    /** What a condition looks at: titles or ratings year by year, recognised initiatives, an earlier commendation. */
    enum Kind {
        TITLES, INITIATIVES, PRIOR_FORM
    }

    /** The scope at which an initiative was recognised; a higher one covers a lower. */
    enum Scope {
        BASE, PROVINCE, NATIONAL;

        public boolean covers(Scope asked) {
            return compareTo(asked) >= 0;
        }
    }

    /**
     * Whose eligibility is checked: a unit for a collective, a person for an individual, proposed for a form for the
     * achievements of a year — by a nomination (null before there is one), with the nominee's commendations decided
     * here before (from its history).
     */
    record Subject(NomineeType type, Long unitId, Long personId, Long formId, int year, Long nominationId, List<Prior> priors) {

        public static Subject collective(Long unitId, Long formId, int year) {
            return new Subject(NomineeType.COLLECTIVE, unitId, null, formId, year, null, List.of());
        }

        public static Subject person(Long personId, Long formId, int year) {
            return new Subject(NomineeType.INDIVIDUAL, null, personId, formId, year, null, List.of());
        }
    }

    /** A commendation decided here before: its nomination, the form, the year of its achievement, its registry number. */
    record Prior(Long nominationId, Long formId, TitleName form, int year, String registryNumber) {
    }

    /**
     * The checks of a nomination: the overall status (not met while a hold lasts; met when every condition of one
     * alternative is; not met when each alternative has one not met; else unknown), or none when the form has no
     * conditions for the nominee's kind and nothing holds the nominee back; and the last commendation by the same
     * form decided here, if any.
     */
    record Eligibility(Status overall, List<ConditionCheck> checks, List<HoldRecord> holds, Prior lastOfSameForm) {

        public static Eligibility of(List<ConditionCheck> checks, List<HoldRecord> holds, Prior lastOfSameForm) {
            if (!holds.isEmpty()) {
                return new Eligibility(Status.NOT_MET, checks, holds, lastOfSameForm);
            }
            if (checks.isEmpty()) {
                return new Eligibility(null, checks, holds, lastOfSameForm);
            }
            var alternatives = checks.stream().collect(Collectors.groupingBy(ConditionCheck::alternative));
            boolean oneMet = alternatives.values().stream().anyMatch(a -> a.stream().allMatch(c -> c.status() == Status.MET));
            boolean eachFails = alternatives.values().stream().allMatch(a -> a.stream().anyMatch(c -> c.status() == Status.NOT_MET));
            return new Eligibility(oneMet ? Status.MET : eachFails ? Status.NOT_MET : Status.UNKNOWN, checks, holds, lastOfSameForm);
        }

        public boolean hasConditions() {
            return !checks.isEmpty();
        }

        /** A hold lasts: the nominee is not commended while it does, whatever their titles. */
        public boolean isBlocked() {
            return !holds.isEmpty();
        }

        public boolean isNotMet() {
            return overall == Status.NOT_MET;
        }

        public boolean hasAlternatives() {
            return checks.stream().map(ConditionCheck::alternative).distinct().count() > 1;
        }
    }

    /**
     * One condition and what the history shows of it: the years looked at (titles), the initiatives that can count
     * (initiatives), or the earlier commendations found (a prior form).
     */
    record ConditionCheck(int alternative, Requirement requirement, Status status, List<YearFound> found,
                          List<InitiativeFound> initiatives, List<Prior> priors) {

        public static ConditionCheck ofYears(int alternative, Requirement requirement, Status status, List<YearFound> found) {
            return new ConditionCheck(alternative, requirement, status, found, List.of(), List.of());
        }

        public static ConditionCheck ofInitiatives(int alternative, Requirement requirement, Status status,
                                                   List<InitiativeFound> initiatives) {
            return new ConditionCheck(alternative, requirement, status, List.of(), initiatives, List.of());
        }

        public static ConditionCheck ofPriors(int alternative, Requirement requirement, Status status, List<Prior> priors) {
            return new ConditionCheck(alternative, requirement, status, List.of(), List.of(), priors);
        }

        public static ConditionCheck unknown(int alternative, Requirement requirement) {
            return new ConditionCheck(alternative, requirement, Status.UNKNOWN, List.of(), List.of(), List.of());
        }
    }

    /**
     * What a condition asks for, and where it comes from: one of {@code titles} in {@code years} years up to the
     * achievement's (consecutive, or within {@code withinYears}); {@code initiatives} recognised at {@code scope} or
     * higher in the {@code years} years; or a commendation by {@code priorForm} in them.
     */
    record Requirement(Kind kind, int years, boolean consecutive, Integer withinYears, List<TitleName> titles,
                       Integer initiatives, Scope scope, TitleName priorForm, String legalBasis, boolean setByFront) {

        public static Requirement titles(int years, boolean consecutive, Integer withinYears, List<TitleName> titles,
                                         String legalBasis, boolean setByFront) {
            return new Requirement(Kind.TITLES, years, consecutive, withinYears, titles, null, null, null, legalBasis, setByFront);
        }

        public static Requirement initiatives(int years, int initiatives, Scope scope, String legalBasis, boolean setByFront) {
            return new Requirement(Kind.INITIATIVES, years, true, null, List.of(), initiatives, scope, null, legalBasis, setByFront);
        }

        public static Requirement priorForm(int years, TitleName form, String legalBasis, boolean setByFront) {
            return new Requirement(Kind.PRIOR_FORM, years, true, null, List.of(), null, null, form, legalBasis, setByFront);
        }

        public String titlesIn(Locale locale) {
            return titles.stream().map(t -> t.in(locale)).collect(Collectors.joining(Names.in(locale, " hoặc ", " or ")));
        }
    }

    /** A year looked at: met when it holds one of the titles asked for, not met when it holds only others, unknown when nothing is recorded. */
    record YearFound(int year, Status status, List<Award> awards) {
    }

    /** A title or rating on record for a year, and the decision that gave it. */
    record Award(TitleName title, String decidingBody, String documentNumber, LocalDate decidedOn) {
    }

    /**
     * A recognised initiative of the nominee a condition looked at: counted for this nomination, free to be counted,
     * or counted already — for another nomination ({@code usedFor}) or elsewhere ({@code usedElsewhere}).
     */
    record InitiativeFound(Long id, String title, Scope scope, String recognisedBy, String documentNumber, LocalDate recognisedOn,
                           boolean countedHere, Long usedFor, String usedElsewhere) {

        public boolean isFree() {
            return !countedHere && usedFor == null && usedElsewhere == null;
        }
    }

    /** The name of a title or rating (or a form), in Vietnamese and in English. */
    record TitleName(String name, String nameEn) {

        public String in(Locale locale) {
            return Names.in(locale, name, nameEn);
        }
    }
}
