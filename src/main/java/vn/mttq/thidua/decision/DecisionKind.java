package vn.mttq.thidua.decision;

/** What a decision confers: a form of commendation (bằng khen, giấy khen…) or an emulation title (cờ thi đua…). */
public enum DecisionKind {
    COMMENDATION, EMULATION_TITLE
}
