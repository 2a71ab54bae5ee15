package vn.mttq.thidua.decision;

import org.springframework.modulith.NamedInterface;

/** What a decision confers: a form of commendation (bằng khen, giấy khen…) or an emulation title (cờ thi đua…). */
@NamedInterface("api")
public enum DecisionKind {
    COMMENDATION, EMULATION_TITLE
}
