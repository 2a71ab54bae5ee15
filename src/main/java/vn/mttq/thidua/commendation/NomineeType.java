package vn.mttq.thidua.commendation;

public enum NomineeType {
    COLLECTIVE, INDIVIDUAL
}
