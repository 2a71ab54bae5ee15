package vn.mttq.thidua.agency;

/** What kind of collective a registered unit is. */
public enum UnitKind {
    OFFICE, ENTERPRISE, COOPERATIVE, HOUSEHOLD, SCHOOL, HOSPITAL, RESEARCH, MILITARY, POLICE, BORDER_POST,
    RELIGIOUS, RESIDENTIAL_AREA, OTHER
}
