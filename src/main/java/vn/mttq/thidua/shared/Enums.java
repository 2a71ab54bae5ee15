package vn.mttq.thidua.shared;

/** Filters typed into a URL: an unknown value means no filter, not an error page. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parseOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
