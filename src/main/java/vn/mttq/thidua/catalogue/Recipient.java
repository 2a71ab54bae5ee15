package vn.mttq.thidua.catalogue;

/** Whom a form of commendation is for. */
public enum Recipient {
    COLLECTIVE, INDIVIDUAL, BOTH;

    public boolean accepts(NomineeType type) {
        return this == BOTH || name().equals(type.name());
    }
}
