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

    /**
     * The checks of a nominee — a unit for a collective, a person for an individual — proposed for a form for the
     * achievements of a year, with the holds on the person lasting today.
     */
    Eligibility of(NomineeType type, Long unitId, Long personId, Long formId, int year);

    enum Status {
        MET, NOT_MET, UNKNOWN
    }

    /**
     * The checks of a nomination: the overall status (not met while a hold lasts; met when every condition of one
     * alternative is; not met when each alternative has one not met; else unknown), or none when the form has no
     * conditions for the nominee's kind and nothing holds the nominee back.
     */
    record Eligibility(Status overall, List<ConditionCheck> checks, List<HoldRecord> holds) {

        public static Eligibility of(List<ConditionCheck> checks, List<HoldRecord> holds) {
            if (!holds.isEmpty()) {
                return new Eligibility(Status.NOT_MET, checks, holds);
            }
            if (checks.isEmpty()) {
                return new Eligibility(null, checks, holds);
            }
            var alternatives = checks.stream().collect(Collectors.groupingBy(ConditionCheck::alternative));
            boolean oneMet = alternatives.values().stream().anyMatch(a -> a.stream().allMatch(c -> c.status() == Status.MET));
            boolean eachFails = alternatives.values().stream().allMatch(a -> a.stream().anyMatch(c -> c.status() == Status.NOT_MET));
            return new Eligibility(oneMet ? Status.MET : eachFails ? Status.NOT_MET : Status.UNKNOWN, checks, holds);
        }

        public boolean hasConditions() {
            return !checks.isEmpty();
        }

        /** A hold lasts: the nominee is not commended while it does, whatever their titles. */
        public boolean isBlocked() {
            return !holds.isEmpty();
        }

        public boolean hasAlternatives() {
            return checks.stream().map(ConditionCheck::alternative).distinct().count() > 1;
        }
    }

    /** One condition and what the history shows of it: the years looked at. */
    record ConditionCheck(int alternative, Requirement requirement, Status status, List<YearFound> found) {
    }

    /**
     * What a condition asks for: one of {@code titles} in {@code years} years up to the achievement's (consecutive,
     * or within {@code withinYears}), and where it comes from.
     */
    record Requirement(int years, boolean consecutive, Integer withinYears, List<TitleName> titles, String legalBasis,
                       boolean setByFront) {

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

    /** The name of a title or rating, in Vietnamese and in English. */
    record TitleName(String name, String nameEn) {

        public String in(Locale locale) {
            return Names.in(locale, name, nameEn);
        }
    }
}
