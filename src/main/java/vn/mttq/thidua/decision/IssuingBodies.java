package vn.mttq.thidua.decision;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues decisions, from which day — an installation's settings, not the code: after the 2025 reorganisation
 * the issuing body of Tiền Giang's decisions became the Front committee of the new province of Đồng Tháp. Each
 * body has its name, the board that decides (Ban Thường trực) and the place written on the date line. Also the
 * recipients block a new decision starts with.
 */
@NamedInterface("api")
@ConfigurationProperties("thidua.decisions")
public record IssuingBodies(List<Body> issuers, List<String> recipients) {

    public IssuingBodies {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** One issuing body and the first day it issues. */
    public record Body(String name, String board, String place, LocalDate from) {

        /** "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TIỀN GIANG" for the header block. */
        String nameUpper() {
            return name.toUpperCase(VI);
        }

        String boardUpper() {
            return board.toUpperCase(VI);
        }
    }

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    /** The body that issued on that day: the last to start on or before it. */
    public Body on(LocalDate day) {
        return issuers.stream().filter(b -> b.from() == null || !b.from().isAfter(day))
                .max(Comparator.comparing(b -> b.from() == null ? LocalDate.MIN : b.from()))
                .orElseThrow(() -> new IllegalStateException("No issuing body configured for " + day
                        + " (thidua.decisions.issuers)"));
    }

    /** The recipients block a new decision starts with, one line each. */
    public String recipientsText() {
        return String.join("\n", recipients);
    }
}
