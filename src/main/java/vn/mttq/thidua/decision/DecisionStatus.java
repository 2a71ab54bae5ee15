package vn.mttq.thidua.decision;

/** A decision is drafted, signed (numbered, no longer editable), published on the honor roll, or revoked. */
public enum DecisionStatus {
    DRAFT, SIGNED, PUBLISHED, REVOKED
}
