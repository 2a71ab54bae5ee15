package vn.mttq.thidua.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.security.CurrentUser;

/**
 * The unread count in every page's header ({@code @unread.count()}), kept for half a minute per person so that a
 * page does not pay a query for it each time; what this instance writes or reads forgets the count at once, so a
 * person sees their own reading immediately and another instance's notices within half a minute.
 */
@Component("unread")
public class UnreadNotices {

    private static final Duration KEPT = Duration.ofSeconds(30);

    private record Count(long value, Instant until) {
    }

    private final Map<Long, Count> counts = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    UnreadNotices(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The signed-in person's unread notices (0 for a visitor). */
    public long count() {
        return CurrentUser.find().map(user -> count(user.getId())).orElse(0L);
    }

    long count(Long accountId) {
        Instant now = clock.instant();
        Count kept = counts.get(accountId);
        if (kept != null && kept.until().isAfter(now)) {
            return kept.value();
        }
        Long value = jdbc.queryForObject("select count(*) from notice where account_id = ? and read_at is null", Long.class,
                accountId);
        counts.put(accountId, new Count(value == null ? 0 : value, now.plus(KEPT)));
        return value == null ? 0 : value;
    }

    void forget(Long accountId) {
        counts.remove(accountId);
    }
}
