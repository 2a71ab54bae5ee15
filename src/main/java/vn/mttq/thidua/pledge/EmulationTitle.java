package vn.mttq.thidua.pledge;

/** The emulation title or form of commendation a unit aims for in its pledge. */
public enum EmulationTitle {
    EXCELLENT_LABOUR_COLLECTIVE, ADVANCED_LABOUR_COLLECTIVE, EMULATION_FLAG, CERTIFICATE_OF_MERIT,
    CERTIFICATE_OF_COMMENDATION
}
