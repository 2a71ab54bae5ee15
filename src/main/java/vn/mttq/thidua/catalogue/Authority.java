package vn.mttq.thidua.catalogue;

import org.springframework.modulith.NamedInterface;

/**
 * Who decides a form of commendation. Only the provincial Front's own forms are decided here, on a numbered
 * decision; the others are approved here and proposed upward (or to the agency's head).
 */
@NamedInterface("api")
public enum Authority {
    PROVINCIAL_FRONT, PROVINCIAL_PEOPLES_COMMITTEE, CENTRAL_FRONT, AGENCY_HEAD;

    public boolean decidedHere() {
        return this == PROVINCIAL_FRONT;
    }
}
