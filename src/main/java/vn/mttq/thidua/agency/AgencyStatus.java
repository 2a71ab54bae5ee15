package vn.mttq.thidua.agency;

/** Whether an agency still takes part, or was merged into another, split into several or dissolved (its history stays). */
public enum AgencyStatus {
    ACTIVE, MERGED, DISSOLVED, SPLIT
}
