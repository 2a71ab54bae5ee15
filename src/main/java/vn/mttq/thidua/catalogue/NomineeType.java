package vn.mttq.thidua.catalogue;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum NomineeType {
    COLLECTIVE, INDIVIDUAL
}
