package vn.mttq.thidua.eligibility;

import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.person.PersonRecord;

/**
 * Whose titles and ratings a page shows: a unit (a collective) or a person (an individual), with where its page is
 * and the page it belongs to.
 */
public record TitleHolder(NomineeType type, Long id, String name, String path, String backPath, String backName) {

    static TitleHolder of(Unit unit) {
        return new TitleHolder(NomineeType.COLLECTIVE, unit.getId(), unit.getName(), "/units/" + unit.getId() + "/titles",
                "/agencies/" + unit.getAgency().getId(), unit.getAgency().getName());
    }

    static TitleHolder of(PersonRecord person) {
        return new TitleHolder(NomineeType.INDIVIDUAL, person.id(), person.fullName(), "/persons/" + person.id() + "/titles",
                "/persons/" + person.id(), person.fullName() + " — " + person.unitName());
    }

    public boolean isPerson() {
        return type == NomineeType.INDIVIDUAL;
    }

    Long unitId() {
        return isPerson() ? null : id;
    }

    Long personId() {
        return isPerson() ? id : null;
    }
}
