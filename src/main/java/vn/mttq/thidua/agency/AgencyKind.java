package vn.mttq.thidua.agency;

/** What kind of body a participating agency is. */
public enum AgencyKind {
    DEPARTMENT, MEMBER_ORGANISATION, DISTRICT_FRONT, COMMUNE_FRONT, ARMED_FORCES, PUBLIC_SERVICE_UNIT,
    ENTERPRISE_ASSOCIATION, RELIGIOUS_ORGANISATION, OTHER
}
