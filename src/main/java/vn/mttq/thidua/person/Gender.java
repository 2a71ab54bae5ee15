package vn.mttq.thidua.person;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum Gender {
    MALE, FEMALE
}
