package vn.mttq.thidua.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import vn.mttq.thidua.shared.Names;

/**
 * One line of the consolidated picture of a reporting period: the units of a content area (of one agency, or of all
 * when {@code agencyId} is null) taking part in the campaign, their pledges for the period's year, their reports —
 * handed in on time, late, or missing (none, or a draft) — the average achievement of their pledged targets, their
 * initiatives and exemplary models, and their scores. Sums and counts are kept so that lines add up exactly.
 */
public record PeriodLine(Long areaId, int areaNumber, String areaName, String areaNameEn, Long agencyId, String agencyName,
                         long units, long pledges, long onTime, long late, long missing,
                         BigDecimal achievementSum, long achievementCount, long initiatives, long exemplary,
                         BigDecimal scoreSum, long scoreCount) {

    public String areaNameIn(Locale locale) {
        return Names.in(locale, areaName, areaNameEn);
    }

    public long handedIn() {
        return onTime + late;
    }

    /** The average achievement of the pledged targets, in per cent (one decimal), or null when nothing was reported. */
    public BigDecimal achievement() {
        return achievementCount == 0 ? null : achievementSum.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(achievementCount), 1, RoundingMode.HALF_UP);
    }

    /** The average total score of the reports handed in (two decimals), or null. */
    public BigDecimal averageScore() {
        return scoreCount == 0 ? null : scoreSum.divide(BigDecimal.valueOf(scoreCount), 2, RoundingMode.HALF_UP);
    }

    /** The lines added up: the whole period (or the whole area, when they are one area's). */
    public static PeriodLine total(List<PeriodLine> lines) {
        long units = 0, pledges = 0, onTime = 0, late = 0, missing = 0, achievementCount = 0, initiatives = 0,
                exemplary = 0, scoreCount = 0;
        BigDecimal achievementSum = BigDecimal.ZERO, scoreSum = BigDecimal.ZERO;
        for (PeriodLine l : lines) {
            units += l.units;
            pledges += l.pledges;
            onTime += l.onTime;
            late += l.late;
            missing += l.missing;
            achievementSum = achievementSum.add(l.achievementSum);
            achievementCount += l.achievementCount;
            initiatives += l.initiatives;
            exemplary += l.exemplary;
            scoreSum = scoreSum.add(l.scoreSum);
            scoreCount += l.scoreCount;
        }
        return new PeriodLine(null, 0, null, null, null, null, units, pledges, onTime, late, missing, achievementSum,
                achievementCount, initiatives, exemplary, scoreSum, scoreCount);
    }
}
