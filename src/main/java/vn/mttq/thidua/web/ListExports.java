package vn.mttq.thidua.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.shared.ExcelWriter;

/**
 * A list page's current filter as an Excel workbook: the same search the page runs, read page after page
 * ({@value #PAGE_SIZE} rows at a time, each page in its own read-only transaction) and written as it comes, so that
 * neither the rows read nor the workbook are ever all in memory.
 */
@Component
public class ListExports {

    public static final int PAGE_SIZE = 2_000;

    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    ListExports(MessageSource messages, Formats formats, Clock clock) {
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    /** One column: its header's message key, its width in characters, and its cell for a row. */
    public record Column<T>(String headerKey, int width, Function<T, Object> cell) {
    }

    public static <T> Column<T> column(String headerKey, int width, Function<T, Object> cell) {
        return new Column<>(headerKey, width, cell);
    }

    /**
     * Streams the workbook to the response: a title ({@code titleKey}), the day it was made, the header row, a row per
     * record of {@code pages} (page number → page of the filtered search) and below them how many there were. Pages are
     * read until one comes back short: the pages' own counts stop at {@link vn.mttq.thidua.shared.Paging#COUNT_LIMIT},
     * an export has every row.
     */
    public <T> void excel(HttpServletResponse response, String fileName, String titleKey, Locale locale,
                          List<Column<T>> columns, IntFunction<Page<T>> pages) {
        Page<T> first = pages.apply(0);
        Downloads.stream(response, fileName, Downloads.XLSX, out -> {
            try (ExcelWriter excel = new ExcelWriter(clock.getZone())) {
                excel.sheet(text(titleKey, locale), columns.stream().mapToInt(Column::width).toArray())
                        .title(text(titleKey, locale))
                        .note(text("export.madeOn", locale) + " " + formats.date(LocalDate.now(clock)))
                        .blank()
                        .header(columns.stream().map(c -> text(c.headerKey(), locale)).toList());
                long written = 0;
                Page<T> page = first;
                while (true) {
                    for (T record : page.getContent()) {
                        excel.row(columns.stream().map(c -> c.cell().apply(record)).toArray());
                        written++;
                    }
                    if (page.getNumberOfElements() < page.getSize()) {
                        break;
                    }
                    page = pages.apply(page.getNumber() + 1);
                }
                excel.blank().note(messages.getMessage("common.found", new Object[] {written}, locale));
                excel.writeTo(out);
            }
        });
    }

    /** A message in the export's language, for the cells that are words (states, kinds). */
    public String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
