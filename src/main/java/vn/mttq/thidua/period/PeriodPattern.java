package vn.mttq.thidua.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods a new campaign is proposed, with default dates that staff adjust before launch: each year a pledge
 * window (15 January – 31 March, closing 30 April) and an annual report (15 November – 15 December, closing 15
 * January), a mid-term review in the middle year (June) and the final review in the last (March – May). For a
 * copy, the source's periods move by the difference of the years instead.
 */
final class PeriodPattern {

    record Proposal(PeriodKind kind, int year, String name, String nameEn, LocalDate opensOn, LocalDate dueOn,
                    LocalDate closesOn) {
    }

    private PeriodPattern() {
    }

    static List<Proposal> defaults(int start, int end) {
        List<Proposal> proposals = new ArrayList<>();
        for (int year = start; year <= end; year++) {
            proposals.add(proposal(PeriodKind.PLEDGE, year, start, end, LocalDate.of(year, 1, 15), LocalDate.of(year, 3, 31),
                    LocalDate.of(year, 4, 30)));
            proposals.add(proposal(PeriodKind.ANNUAL, year, start, end, LocalDate.of(year, 11, 15), LocalDate.of(year, 12, 15),
                    LocalDate.of(year + 1, 1, 15)));
        }
        if (end - start >= 2) {
            int middle = start + (end - start) / 2;
            proposals.add(proposal(PeriodKind.MID_TERM_REVIEW, middle, start, end, LocalDate.of(middle, 6, 1),
                    LocalDate.of(middle, 6, 30), LocalDate.of(middle, 7, 31)));
        }
        proposals.add(proposal(PeriodKind.FINAL_REVIEW, end, start, end, LocalDate.of(end, 3, 1), LocalDate.of(end, 4, 15),
                LocalDate.of(end, 5, 31)));
        return proposals;
    }

    /** The source's periods, each moved by {@code years}, those that fall within the new campaign's years. */
    static List<Proposal> shifted(List<ReportingPeriod> source, int years, int start, int end) {
        List<Proposal> proposals = new ArrayList<>();
        for (ReportingPeriod p : source) {
            int year = p.getYear() + years;
            if (year >= start && year <= end) {
                proposals.add(proposal(p.getKind(), year, start, end, p.getOpensOn().plusYears(years),
                        p.getDueOn().plusYears(years), p.getClosesOn().plusYears(years)));
            }
        }
        return proposals;
    }

    /** A period with the name its kind and years give it, in both languages. */
    static Proposal proposal(PeriodKind kind, int year, int start, int end, LocalDate opens, LocalDate due,
                             LocalDate closes) {
        return switch (kind) {
            case PLEDGE -> new Proposal(kind, year, "Đăng ký thi đua năm " + year, "Pledges " + year, opens, due, closes);
            case ANNUAL -> new Proposal(kind, year, "Báo cáo năm " + year, "Annual report " + year, opens, due, closes);
            case MID_TERM_REVIEW -> new Proposal(kind, year, "Sơ kết giữa kỳ " + start + "–" + year,
                    "Mid-term review " + start + "–" + year, opens, due, closes);
            case FINAL_REVIEW -> new Proposal(kind, year, "Tổng kết phong trào " + start + "–" + end,
                    "Final review " + start + "–" + end, opens, due, closes);
        };
    }
}
