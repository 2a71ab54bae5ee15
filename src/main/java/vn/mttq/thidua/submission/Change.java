package vn.mttq.thidua.submission;

/** One field that differs between two submissions; a null side means the field was added or removed. */
public record Change(String field, String before, String after) {
}
