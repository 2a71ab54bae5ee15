package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

/** Whether an agency still takes part, or was merged into another, split into several or dissolved (its history stays). */
@NamedInterface("api")
public enum AgencyStatus {
    ACTIVE, MERGED, DISSOLVED, SPLIT
}
