package vn.mttq.thidua.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.stereotype.Component;

import vn.mttq.thidua.shared.Paging;

/** Dates and times as the users read them: dd/MM/yyyy, in the application's time zone. Used as {@code @fmt}. */
@Component("fmt")
public class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Clock clock;

    Formats(Clock clock) {
        this.clock = clock;
    }

    /** This moment, by the application's clock (for pages that ask whether something holds now). */
    public java.time.Instant now() {
        return clock.instant();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A number as the reader's language writes it: 1.234,5 in Vietnamese, 1,234.5 in English. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat format = NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A whole number as the reader's language writes it: 1.234 in Vietnamese, 1,234 in English. */
    public String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** A file size in bytes, KB or MB, as the reader writes numbers. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, java.math.RoundingMode.HALF_UP)) + " KB";
        }
        return number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)) + " MB";
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    /** Whether a list found more than it counts ({@link Paging#COUNT_LIMIT}): it then says "more than" that. */
    public boolean beyondCount(long found) {
        return found > Paging.COUNT_LIMIT;
    }

    /** How many a list counts at most ({@link Paging#COUNT_LIMIT}), as the reader's language writes it. */
    public String countLimit() {
        return number(Paging.COUNT_LIMIT);
    }
}
