package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

/** What kind of collective a registered unit is. */
@NamedInterface("api")
public enum UnitKind {
    OFFICE, ENTERPRISE, COOPERATIVE, HOUSEHOLD, SCHOOL, HOSPITAL, RESEARCH, MILITARY, POLICE, BORDER_POST,
    RELIGIOUS, RESIDENTIAL_AREA, OTHER
}
