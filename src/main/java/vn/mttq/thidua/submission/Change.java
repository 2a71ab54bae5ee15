package vn.mttq.thidua.submission;

import org.springframework.modulith.NamedInterface;

/** One field that differs between two submissions; a null side means the field was added or removed. */
@NamedInterface("api")
public record Change(String field, String before, String after) {

    /** The message key that names the field: a snapshot key is "kind" or "kind:argument". */
    public String labelKey() {
        int colon = field.indexOf(':');
        return "snapshot." + (colon < 0 ? field : field.substring(0, colon));
    }

    /** What follows the colon of the key (a target's number, a criterion's code), or an empty string. */
    public String labelArgument() {
        int colon = field.indexOf(':');
        return colon < 0 ? "" : field.substring(colon + 1);
    }
}
