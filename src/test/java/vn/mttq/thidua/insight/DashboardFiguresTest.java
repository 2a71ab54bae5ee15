package vn.mttq.thidua.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures are read again when the audit trail has moved, when they are older than their age limit,
 * and otherwise kept; while one request reads them again the others get the kept ones.
 */
class DashboardFiguresTest {

    private Instant now = Instant.parse("2026-11-28T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final DashboardFigures figures = new DashboardFigures(clock);
    private final DashboardFigures.Key key = new DashboardFigures.Key(1, 2L, null);
    private final AtomicInteger reads = new AtomicInteger();

    private DashboardFigures.Figures read() {
        reads.incrementAndGet();
        return new DashboardFigures.Figures(List.of(), null, Map.of("read", (long) reads.get()), null, now);
    }

    @Test
    void keptWhileNothingIsAuditedAndReadAgainWhenSomethingIs() {
        DashboardFigures.Figures first = figures.get(key, 100, this::read);
        now = now.plusSeconds(30);
        assertThat(figures.get(key, 100, this::read)).isSameAs(first);
        assertThat(reads).hasValue(1);

        DashboardFigures.Figures second = figures.get(key, 101, this::read);
        assertThat(second).isNotSameAs(first);
        assertThat(second.pledges()).containsEntry("read", 2L);
        assertThat(figures.get(key, 101, this::read)).isSameAs(second);
        assertThat(reads).hasValue(2);
    }

    @Test
    void eachDashboardHasItsOwnFigures() {
        figures.get(key, 100, this::read);
        figures.get(new DashboardFigures.Key(1, 2L, 7L), 100, this::read);
        figures.get(new DashboardFigures.Key(1, 3L, null), 100, this::read);
        figures.get(key, 100, this::read);
        assertThat(reads).hasValue(3);
    }

    @Test
    void readAgainPastTheAgeLimitEvenWhenTheTrailHasNotMoved() {
        figures.get(key, 100, this::read);
        now = now.plus(vn.mttq.thidua.shared.KeptUntilChange.MAX_AGE).plusSeconds(1);
        figures.get(key, 100, this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void whileOneRequestReadsThemAgainTheOthersGetTheKeptFigures() throws Exception {
        DashboardFigures.Figures kept = figures.get(key, 100, this::read);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<DashboardFigures.Figures> slow = executor.submit(() -> figures.get(key, 101, () -> {
                reading.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return read();
            }));
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(figures.get(key, 101, this::read)).isSameAs(kept);
            release.countDown();
            DashboardFigures.Figures fresh = slow.get(10, TimeUnit.SECONDS);
            assertThat(fresh).isNotSameAs(kept);
            assertThat(figures.get(key, 101, this::read)).isSameAs(fresh);
            assertThat(reads).hasValue(2);
        } finally {
            executor.shutdownNow();
        }
    }
}
