package vn.mttq.thidua.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's charts as data for Chart.js: labels, series and axis titles in the reader's language. The page
 * embeds it as JSON and {@code /assets/js/dashboard.js} draws it; each chart's numbers are also in a table below it.
 */
@Component
class DashboardCharts {

    static final List<String> PLEDGE_STATES = List.of("DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED");

    private final MessageSource messages;
    private final JsonMapper json;

    DashboardCharts(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /**
     * The charts as JSON to embed in the page's {@code <script type="application/json">}: {@code <} is written as
     * its JSON escape (backslash-u003c), so that no name (a content area, a form) can close the script element.
     */
    String json(Dashboard d, Locale locale) {
        return json.writeValueAsString(of(d, locale)).replace("<", "\\u003c");
    }

    Map<String, Object> of(Dashboard d, Locale locale) {
        List<Map<String, Object>> charts = new ArrayList<>();
        List<String> areaLabels = d.participation().rows().stream()
                .map(r -> shortLabel(r.areaNumber() + ". " + r.areaNameIn(locale))).toList();
        charts.add(chart("participation", "bar", true, areaLabels, text("insight.areaAxis", locale),
                text("insight.unitsAxis", locale), d.participation().kinds().stream()
                        .map(k -> series(text("agency.kind." + k, locale),
                                d.participation().rows().stream().map(r -> (Object) r.of(k)).toList())).toList()));

        List<String> periodAreas = d.areas().stream().map(l -> shortLabel(l.areaNumber() + ". " + l.areaNameIn(locale))).toList();
        charts.add(chart("reports", "bar", true, periodAreas, text("insight.areaAxis", locale), text("insight.reportsAxis", locale),
                List.of(series(text("insight.onTime", locale), d.areas().stream().map(l -> (Object) l.onTime()).toList()),
                        series(text("insight.late", locale), d.areas().stream().map(l -> (Object) l.late()).toList()),
                        series(text("insight.missing", locale), d.areas().stream().map(l -> (Object) l.missing()).toList()))));

        charts.add(chart("pledges", "doughnut", false,
                PLEDGE_STATES.stream().map(s -> text("review.status." + s, locale)).toList(), null, null,
                List.of(series(text("insight.pledges", locale),
                        PLEDGE_STATES.stream().map(s -> (Object) d.pledges().getOrDefault(s, 0L)).toList()))));

        charts.add(chart("achievement", "bar", false, periodAreas, text("insight.areaAxis", locale),
                text("insight.achievementAxis", locale),
                List.of(series(text("insight.achievement", locale), d.areas().stream()
                        .map(l -> (Object) (l.achievement() == null ? BigDecimal.ZERO : l.achievement())).toList()))));

        charts.add(chart("initiatives", "bar", false, periodAreas, text("insight.areaAxis", locale), text("insight.countAxis", locale),
                List.of(series(text("insight.initiatives", locale), d.areas().stream().map(l -> (Object) l.initiatives()).toList()),
                        series(text("insight.exemplary", locale), d.areas().stream().map(l -> (Object) l.exemplary()).toList()))));

        charts.add(chart("commendations", "bar", true, d.commendations().years().stream().map(String::valueOf).toList(),
                text("insight.yearAxis", locale), text("insight.countAxis", locale),
                d.commendations().rows().stream().map(r -> series(shortLabel(r.formNameIn(locale)),
                        d.commendations().years().stream().map(y -> (Object) r.of(y)).toList())).toList()));

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("locale", "en".equals(locale.getLanguage()) ? "en-GB" : "vi-VN");
        data.put("charts", charts);
        return data;
    }

    private static Map<String, Object> chart(String id, String type, boolean stacked, List<String> labels, String xTitle,
                                             String yTitle, List<Map<String, Object>> series) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("type", type);
        chart.put("stacked", stacked);
        // content areas have long names: their bars lie down, with the names beside them
        chart.put("horizontal", xTitle != null && !id.equals("commendations"));
        chart.put("labels", labels);
        chart.put("xTitle", xTitle == null ? "" : xTitle);
        chart.put("yTitle", yTitle == null ? "" : yTitle);
        chart.put("series", series);
        return chart;
    }

    private static Map<String, Object> series(String label, List<Object> values) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("label", label);
        series.put("data", values);
        return series;
    }

    private static String shortLabel(String label) {
        return label.length() <= 34 ? label : label.substring(0, 33).strip() + "…";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
