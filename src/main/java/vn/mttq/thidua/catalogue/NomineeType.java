package vn.mttq.thidua.catalogue;

public enum NomineeType {
    COLLECTIVE, INDIVIDUAL
}
