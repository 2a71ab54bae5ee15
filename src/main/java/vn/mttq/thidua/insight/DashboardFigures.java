package vn.mttq.thidua.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, kept per campaign, period and agency until something changes: they are grouped SQL over
 * every unit taking part — milliseconds for a province, seconds for the country — and a dashboard is looked at far
 * more often than the campaign changes.
 * <p>
 * What changed is read from the audit trail, which records every change of state in the change's own transaction:
 * the figures are kept with the id of the latest audit record at the time they were read, and read again as soon as
 * a later one exists. While one request reads them again, the others of the same figures get the kept ones rather
 * than reading them too. Kept figures older than {@link #MAX_AGE} are read again whatever the trail says: a change
 * whose audit record was numbered before the figures were read but committed after is seen within that time.
 */
@Component
class DashboardFigures {

    static final Duration MAX_AGE = Duration.ofMinutes(2);
    private static final int KEPT = 500;

    /** What one dashboard's figures are about: a campaign, one of its periods (or none), an agency (or all). */
    record Key(long campaignId, Long periodId, Long agencyId) {
    }

    /** The figures of one dashboard, as of a moment. */
    record Figures(List<PeriodLine> lines, Dashboard.Participation participation, Map<String, Long> pledges,
                   Dashboard.Commendations commendations, Instant asOf) {
    }

    private record Kept(long watermark, Figures figures) {
    }

    private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > KEPT;
        }
    };
    private final Set<Key> reading = ConcurrentHashMap.newKeySet();
    private final Clock clock;

    DashboardFigures(Clock clock) {
        this.clock = clock;
    }

    /**
     * The figures of {@code key}: kept ones when nothing was audited since they were read ({@code watermark}, the
     * latest audit record's id, is theirs) and they are younger than {@link #MAX_AGE}, or when another request is
     * reading them again; else read now by {@code read}.
     */
    Figures get(Key key, long watermark, Supplier<Figures> read) {
        Kept current = find(key);
        Instant now = clock.instant();
        if (current != null && current.watermark() == watermark
                && current.figures().asOf().plus(MAX_AGE).isAfter(now) && !current.figures().asOf().isAfter(now)) {
            return current.figures();
        }
        boolean first = reading.add(key);
        if (!first && current != null) {
            return current.figures();
        }
        try {
            Figures figures = read.get();
            synchronized (kept) {
                kept.put(key, new Kept(watermark, figures));
            }
            return figures;
        } finally {
            if (first) {
                reading.remove(key);
            }
        }
    }

    private Kept find(Key key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }
}
