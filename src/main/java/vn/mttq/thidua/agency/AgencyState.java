package vn.mttq.thidua.agency;

/**
 * What the agency list filters by: the agencies active today, those renamed (active under a new name), and those
 * ended — merged, split, dissolved.
 */
public enum AgencyState {
    ACTIVE, RENAMED, MERGED, SPLIT, DISSOLVED;

    /** The agency status this state names, or null for RENAMED (an active agency with a rename among its changes). */
    AgencyStatus status() {
        return this == RENAMED ? null : AgencyStatus.valueOf(name());
    }
}
