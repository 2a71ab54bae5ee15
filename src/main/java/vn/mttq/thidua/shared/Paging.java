package vn.mttq.thidua.shared;

/** Page numbers as users type them into a URL: a negative or absurd page is read as the nearest real one. */
public final class Paging {

    /**
     * Lists count what they found up to this many and say "more than" beyond (a count of every report of the country
     * on each page view cost a quarter of a second); past it a list pages no further: its filters narrow it.
     */
    public static final int COUNT_LIMIT = 10_000;

    /**
     * The last page a list shows, typed into the address or not: {@link #COUNT_LIMIT} rows in pages of 20. A page is
     * read past the rows before it, so a page far down a country's table would read millions of them.
     */
    public static final int MAX_PAGE = COUNT_LIMIT / 20;

    /**
     * What a list's count query reads at most: one more than {@link #COUNT_LIMIT}, to know that there are more. Such a
     * limit in a subquery needs an order (Hibernate): counts order by id, the cheapest to read in order. A constant
     * expression, so that the repositories' query annotations can hold it.
     */
    public static final String COUNTED = "" + (COUNT_LIMIT + 1);

    private Paging() {
    }

    public static int page(int requested) {
        return Math.max(0, Math.min(requested, MAX_PAGE));
    }
}
