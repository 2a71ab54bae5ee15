package vn.mttq.thidua.commendation;

public enum Gender {
    MALE, FEMALE
}
