package vn.mttq.thidua.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a page reads, kept per key until something changes: for what is read far more often than it changes (the
 * dashboard's figures, the public honor roll).
 * <p>
 * What changed is told by a watermark — the id of the latest audit record, since the audit trail records every
 * change of state in the change's own transaction: a value is kept with the watermark at the time it was read, and
 * read again as soon as the watermark is another. While one request reads a value again, the others asking for the
 * same key get the kept one rather than reading it too. A value older than {@link #MAX_AGE} is read again whatever
 * the watermark says: a change whose audit record was numbered before the value was read but committed after is seen
 * within that time. At most {@code size} keys are kept, the least recently asked for going first.
 */
public final class KeptUntilChange<K, V> {

    /** How old a kept value may be, whatever the watermark: the time within which a late commit is seen. */
    public static final Duration MAX_AGE = Duration.ofMinutes(2);

    private record Kept<V>(long watermark, V value, Instant readAt) {
    }

    private final Map<K, Kept<V>> kept;
    private final Set<K> reading = ConcurrentHashMap.newKeySet();
    private final Clock clock;

    public KeptUntilChange(Clock clock, int size) {
        this.clock = clock;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * The value of {@code key}: the kept one when nothing changed since it was read (its watermark is
     * {@code watermark}) and it is younger than the age limit, or when another request is reading it again; else read
     * now by {@code read}.
     */
    public V get(K key, long watermark, Supplier<V> read) {
        Kept<V> current = find(key);
        Instant now = clock.instant();
        if (current != null && current.watermark() == watermark
                && current.readAt().plus(MAX_AGE).isAfter(now) && !current.readAt().isAfter(now)) {
            return current.value();
        }
        boolean first = reading.add(key);
        if (!first && current != null) {
            return current.value();
        }
        try {
            V value = read.get();
            synchronized (kept) {
                kept.put(key, new Kept<>(watermark, value, now));
            }
            return value;
        } finally {
            if (first) {
                reading.remove(key);
            }
        }
    }

    private Kept<V> find(K key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }
}
