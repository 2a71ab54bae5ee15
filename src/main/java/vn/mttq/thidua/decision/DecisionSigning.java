package vn.mttq.thidua.decision;

import java.util.List;

import vn.mttq.thidua.commendation.Nomination;

/**
 * What signing a draft decision will do, as its confirmation page shows it: the number it will take (the next of its
 * year as the counter stands now — numbers are given at the moment of signing, without gaps, so another signing at
 * the same moment may take it first), the awardees it commends, and the seal of the page's form, which covers the
 * draft's version and its awardees.
 */
public record DecisionSigning(Decision decision, String code, List<Nomination> awardees, String confirmation) {
}
