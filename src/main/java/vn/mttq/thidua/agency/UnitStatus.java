package vn.mttq.thidua.agency;

/** A unit takes part (ACTIVE) until its agency withdraws it; a withdrawn unit stays on record, read-only. */
public enum UnitStatus {
    ACTIVE, WITHDRAWN
}
