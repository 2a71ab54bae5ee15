package vn.mttq.thidua.commendation;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum Gender {
    MALE, FEMALE
}
