package vn.mttq.thidua.decision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next number of a yearly sequence (decision numbers, registry numbers). The increment holds the counter
 * row's lock until the calling transaction ends: two signings at once wait for each other, and a signing that
 * rolls back gives its number back — numbers stay unique and without gaps.
 */
@Component
class NumberCounter {

    private final JdbcTemplate jdbc;

    NumberCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The number {@link #next} would give now (what a confirmation page shows; another signing may take it first). */
    int peek(String kind, int year) {
        return jdbc.queryForObject("select coalesce(max(last_number), 0) + 1 from number_counter where kind = ? and year = ?",
                Integer.class, kind, year);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(String kind, int year) {
        return jdbc.queryForObject("""
                insert into number_counter (kind, year, last_number) values (?, ?, 1)
                on conflict (kind, year) do update set last_number = number_counter.last_number + 1
                returning last_number""", Integer.class, kind, year);
    }
}
