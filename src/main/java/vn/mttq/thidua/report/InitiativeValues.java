package vn.mttq.thidua.report;

/** One initiative as a form gives it. */
public record InitiativeValues(String title, String field, String description, String benefit, String recognisedBy) {
}
