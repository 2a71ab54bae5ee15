package vn.mttq.thidua.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.shared.Names;

/**
 * What the dashboard shows for one campaign, one reporting period and one agency (or all): the period's lines by
 * content area and their total, the units taking part by area and kind of agency, the pledges of the period's year
 * by state, and the commendations of the campaign's years by form and year; the figures as they were at {@code asOf}
 * (DashboardFigures keeps them until something changes).
 */
public record Dashboard(List<Campaign> campaigns, Campaign campaign, List<ReportingPeriod> periods, ReportingPeriod period,
                        List<Agency> agencies, Agency agency, List<PeriodLine> areas, PeriodLine total,
                        Participation participation, Map<String, Long> pledges, Commendations commendations,
                        java.time.Instant asOf) {

    /** The states of a pledge, in the order of its life. */
    public List<String> pledgeStates() {
        return DashboardCharts.PLEDGE_STATES;
    }

    /** Units taking part: a row per content area, a column per kind of agency present. */
    public record Participation(List<String> kinds, List<Row> rows, Map<String, Long> kindTotals, long total) {

        public record Row(Long areaId, int areaNumber, String areaName, String areaNameEn, Map<String, Long> byKind, long total) {

            public String areaNameIn(java.util.Locale locale) {
                return Names.in(locale, areaName, areaNameEn);
            }

            public long of(String kind) {
                return byKind.getOrDefault(kind, 0L);
            }
        }

        static Participation of(List<InsightQueries.AreaKindCount> counts) {
            Set<String> kinds = new LinkedHashSet<>();
            Map<Long, Row> rows = new LinkedHashMap<>();
            Map<String, Long> kindTotals = new LinkedHashMap<>();
            long total = 0;
            for (InsightQueries.AreaKindCount c : counts.stream()
                    .sorted(java.util.Comparator.comparing(InsightQueries.AreaKindCount::kind)).toList()) {
                kinds.add(c.kind());
            }
            for (InsightQueries.AreaKindCount c : counts) {
                Row row = rows.computeIfAbsent(c.areaId(), id -> new Row(id, c.areaNumber(), c.areaName(), c.areaNameEn(),
                        new LinkedHashMap<>(), 0));
                row.byKind().merge(c.kind(), c.units(), Long::sum);
                kindTotals.merge(c.kind(), c.units(), Long::sum);
                total += c.units();
            }
            List<Row> withTotals = rows.values().stream().map(r -> new Row(r.areaId(), r.areaNumber(), r.areaName(),
                    r.areaNameEn(), r.byKind(), r.byKind().values().stream().mapToLong(Long::longValue).sum())).toList();
            return new Participation(new ArrayList<>(kinds), withTotals, kindTotals, total);
        }
    }

    /** Commendations granted: a row per form of commendation, a column per year of the campaign. */
    public record Commendations(List<Integer> years, List<Row> rows, Map<Integer, Long> yearTotals, long total) {

        public record Row(Long formId, String formName, String formNameEn, Map<Integer, Long> byYear, long total) {

            public String formNameIn(java.util.Locale locale) {
                return Names.in(locale, formName, formNameEn);
            }

            public long of(Integer year) {
                return byYear.getOrDefault(year, 0L);
            }
        }

        static Commendations of(List<Integer> years, List<InsightQueries.FormYearCount> counts) {
            Map<Long, Row> rows = new LinkedHashMap<>();
            Map<Integer, Long> yearTotals = new LinkedHashMap<>();
            years.forEach(y -> yearTotals.put(y, 0L));
            long total = 0;
            for (InsightQueries.FormYearCount c : counts) {
                rows.computeIfAbsent(c.formId(), id -> new Row(id, c.formName(), c.formNameEn(), new LinkedHashMap<>(), 0))
                        .byYear().merge(c.year(), c.count(), Long::sum);
                yearTotals.merge(c.year(), c.count(), Long::sum);
                total += c.count();
            }
            List<Row> withTotals = rows.values().stream().map(r -> new Row(r.formId(), r.formName(), r.formNameEn(),
                    r.byYear(), r.byYear().values().stream().mapToLong(Long::longValue).sum())).toList();
            return new Commendations(years, withTotals, yearTotals, total);
        }
    }
}
