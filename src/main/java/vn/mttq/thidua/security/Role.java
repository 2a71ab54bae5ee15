package vn.mttq.thidua.security;

/** The three roles of the application. An AGENCY_REP is always bound to one agency. */
public enum Role {
    ADMIN, STAFF, AGENCY_REP;

    public String authority() {
        return "ROLE_" + name();
    }
}
