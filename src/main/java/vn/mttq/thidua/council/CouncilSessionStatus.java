package vn.mttq.thidua.council;

/** A council session is open — members vote, staff record paper ballots — until it is closed, once. */
public enum CouncilSessionStatus {
    OPEN, CLOSED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
