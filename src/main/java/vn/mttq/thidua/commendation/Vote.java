package vn.mttq.thidua.commendation;

public enum Vote {
    YES, NO, ABSTAIN
}
