package vn.mttq.thidua.council;

public enum Vote {
    YES, NO, ABSTAIN
}
