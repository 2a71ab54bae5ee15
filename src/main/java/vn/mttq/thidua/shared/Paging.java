package vn.mttq.thidua.shared;

import org.springframework.data.domain.PageRequest;

/** Page numbers as users type them into a URL: a negative or absurd page is read as the nearest real one. */
public final class Paging {

    /**
     * Lists count what they found up to this many and say "more than" beyond, and page no further: their filters
     * narrow them, their Excel export has every row. Counting costs the rows counted on every view of a page, so the
     * limit keeps a list of the whole country as cheap as a province's (a count up to 10,000 doubled the country's
     * report list and honor roll against a province's, src/bench/RESULTS.md).
     */
    public static final int COUNT_LIMIT = 1_000;

    /**
     * The end of a list's count query, {@code select count(*) from (select x.id as id from X x <filter> COUNTED) counted}:
     * the first {@link #COUNT_LIMIT} and one more matches found, to know that there are more. Any of them, in no order:
     * counted in the id's order, a state that thousands of reports are in had every one of them sorted on each view.
     * Hibernate requires an order before a limit in a subquery: a constant one, which PostgreSQL's planner drops, so
     * that it reads the first matches from whichever index finds them soonest. The same clause ends the native counts
     * (the honor roll, the units taking part). A constant expression, so that the repositories' query annotations can
     * hold it.
     */
    public static final String COUNTED = " order by length('') limit " + (COUNT_LIMIT + 1) + " ";

    private Paging() {
    }

    /**
     * The page asked for, of {@code size} rows, as the nearest one a list shows: from the first to the one holding
     * the row past {@link #COUNT_LIMIT} (the last a count of {@link #COUNTED} rows gives, so that the pager's "next"
     * ends there). A page is read past the rows before it, so a page far down a country's table would read millions.
     */
    public static PageRequest request(int page, int size) {
        return PageRequest.of(Math.max(0, Math.min(page, COUNT_LIMIT / size)), size);
    }
}
