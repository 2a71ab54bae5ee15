package vn.mttq.thidua.shared;

/** Page numbers as users type them into a URL: a negative or absurd page is read as the nearest real one. */
public final class Paging {

    public static final int MAX_PAGE = 100_000;

    private Paging() {
    }

    public static int page(int requested) {
        return Math.max(0, Math.min(requested, MAX_PAGE));
    }
}
