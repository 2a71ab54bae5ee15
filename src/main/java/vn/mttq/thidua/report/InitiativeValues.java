package vn.mttq.thidua.report;

/** One initiative as a form gives it. */
record InitiativeValues(String title, String field, String description, String benefit, String recognisedBy) {
}
