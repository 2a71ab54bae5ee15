package vn.mttq.thidua.catalogue;

import org.springframework.modulith.NamedInterface;

/** Whom a form of commendation (or a title of a nominee's history) is for. */
@NamedInterface("api")
public enum Recipient {
    COLLECTIVE, INDIVIDUAL, BOTH;

    public boolean accepts(NomineeType type) {
        return this == BOTH || name().equals(type.name());
    }
}
