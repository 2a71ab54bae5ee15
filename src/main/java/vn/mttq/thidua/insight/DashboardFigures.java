package vn.mttq.thidua.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.mttq.thidua.shared.KeptUntilChange;

/**
 * The dashboard's figures, kept per campaign, period and agency until something changes: they are grouped SQL over
 * every unit taking part — milliseconds for a province, seconds for the country — and a dashboard is looked at far
 * more often than the campaign changes.
 * <p>
 * What changed is read from the audit trail ({@link KeptUntilChange}): the figures are kept with the id of the latest
 * audit record at the time they were read, and read again as soon as a later one exists or they are older than
 * {@link KeptUntilChange#MAX_AGE}.
 */
@Component
class DashboardFigures {

    private static final int KEPT = 500;

    /** What one dashboard's figures are about: a campaign, one of its periods (or none), an agency (or all). */
    record Key(long campaignId, Long periodId, Long agencyId) {
    }

    /** The figures of one dashboard, as of a moment. */
    record Figures(List<PeriodLine> lines, Dashboard.Participation participation, Map<String, Long> pledges,
                   Dashboard.Commendations commendations, Instant asOf) {
    }

    private final KeptUntilChange<Key, Figures> kept;

    DashboardFigures(Clock clock) {
        this.kept = new KeptUntilChange<>(clock, KEPT);
    }

    /**
     * The figures of {@code key}: kept ones when nothing was audited since they were read ({@code watermark}, the
     * latest audit record's id, is theirs) and they are younger than {@link KeptUntilChange#MAX_AGE}, or when another request is
     * reading them again; else read now by {@code read}.
     */
    Figures get(Key key, long watermark, Supplier<Figures> read) {
        return kept.get(key, watermark, read);
    }
}
