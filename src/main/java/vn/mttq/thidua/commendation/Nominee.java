package vn.mttq.thidua.commendation;

import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.person.Gender;
import vn.mttq.thidua.person.PersonRecord;

/** Who a nomination proposes: its unit as a collective, or a person on record with what they were when proposed. */
record Nominee(NomineeType type, Long personId, String name, String position, Integer birthYear, Gender gender) {

    static Nominee collective() {
        return new Nominee(NomineeType.COLLECTIVE, null, null, null, null, null);
    }

    static Nominee person(PersonRecord person) {
        return new Nominee(NomineeType.INDIVIDUAL, person.id(), person.fullName(), person.position(), person.birthYear(),
                person.gender());
    }
}
