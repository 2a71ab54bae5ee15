package vn.mttq.thidua.agency;

import org.springframework.modulith.NamedInterface;

/** What kind of body a participating agency is. */
@NamedInterface("api")
public enum AgencyKind {
    DEPARTMENT, MEMBER_ORGANISATION, DISTRICT_FRONT, COMMUNE_FRONT, ARMED_FORCES, PUBLIC_SERVICE_UNIT,
    ENTERPRISE_ASSOCIATION, RELIGIOUS_ORGANISATION, OTHER
}
