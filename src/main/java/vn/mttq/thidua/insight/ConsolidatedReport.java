package vn.mttq.thidua.insight;

import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.period.ReportingPeriod;
import vn.mttq.thidua.shared.ExcelWriter;
import vn.mttq.thidua.shared.PdfFonts;
import vn.mttq.thidua.web.Formats;

/**
 * The consolidated report of a reporting period (báo cáo tổng hợp), as it is sent upward: for each content area its
 * totals, then a line per agency — units taking part, pledges, reports on time / late / missing, average achievement
 * of the pledged targets, initiatives, exemplary models and average score — and the period's total. As an Excel
 * workbook and as a PDF, in the reader's language.
 */
@Component
class ConsolidatedReport {

    static final List<String> COLUMNS = List.of("insight.column.name", "insight.units", "insight.pledges",
            "insight.onTime", "insight.late", "insight.missing", "insight.achievement", "insight.initiatives",
            "insight.exemplary", "insight.averageScore");

    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    ConsolidatedReport(MessageSource messages, Formats formats, Clock clock) {
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    void excel(InsightService.Consolidated report, Locale locale, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter(clock.getZone())) {
            excel.sheet(text("insight.consolidated", locale), 48, 10, 10, 10, 10, 10, 14, 12, 12, 12)
                    .title(text("insight.consolidated", locale).toUpperCase(locale))
                    .title(report.campaign().nameIn(locale))
                    .note(report.period().nameIn(locale) + " — " + text("insight.dueOn", locale) + " "
                            + formats.date(report.period().getDueOn()))
                    .note(text("insight.madeOn", locale) + " " + formats.date(LocalDate.now(clock)))
                    .blank()
                    .header(COLUMNS.stream().map(k -> text(k, locale)).toList());
            for (PeriodLine area : report.areas()) {
                excel.totals(cells(area.areaNumber() + ". " + area.areaNameIn(locale), area));
                for (PeriodLine line : report.lines()) {
                    if (line.areaId().equals(area.areaId())) {
                        excel.row(cells("    " + line.agencyName(), line));
                    }
                }
            }
            excel.totals(cells(text("insight.total", locale), report.total()));
            excel.writeTo(out);
        }
    }

    private static Object[] cells(String name, PeriodLine line) {
        return new Object[] {name, line.units(), line.pledges(), line.onTime(), line.late(), line.missing(),
                line.achievement(), line.initiatives(), line.exemplary(), line.averageScore()};
    }

    void pdf(InsightService.Consolidated report, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("insight.consolidated", locale) + " — " + report.period().nameIn(locale));
        document.open();
        document.add(centered(text("insight.consolidated", locale).toUpperCase(locale), new Font(PdfFonts.BOLD, 14)));
        document.add(centered(report.campaign().nameIn(locale), new Font(PdfFonts.BOLD, 11)));
        document.add(centered(report.period().nameIn(locale) + " — " + text("insight.dueOn", locale) + " "
                + formats.date(report.period().getDueOn()) + " — " + text("insight.madeOn", locale) + " "
                + formats.date(LocalDate.now(clock)), new Font(PdfFonts.ITALIC, 10)));

        PdfPTable table = new PdfPTable(new float[] {34, 7, 7, 7, 7, 7, 9, 7, 7, 8});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        Font head = new Font(PdfFonts.BOLD, 8.5f);
        for (String column : COLUMNS) {
            PdfPCell cell = new PdfPCell(new Phrase(text(column, locale), head));
            cell.setBackgroundColor(new Color(230, 230, 230));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        Font plain = new Font(PdfFonts.REGULAR, 8.5f);
        Font strong = new Font(PdfFonts.BOLD, 8.5f);
        for (PeriodLine area : report.areas()) {
            addRow(table, area.areaNumber() + ". " + area.areaNameIn(locale), area, strong, new Color(245, 245, 245));
            for (PeriodLine line : report.lines()) {
                if (line.areaId().equals(area.areaId())) {
                    addRow(table, line.agencyName(), line, plain, null);
                }
            }
        }
        addRow(table, text("insight.total", locale), report.total(), strong, new Color(230, 230, 230));
        document.add(table);
        document.close();
    }

    private void addRow(PdfPTable table, String name, PeriodLine line, Font font, Color background) {
        List<String> values = new ArrayList<>();
        values.add(name);
        for (Object cell : java.util.Arrays.asList(cells(name, line)).subList(1, COLUMNS.size())) {
            values.add(cell == null ? "—" : cell instanceof BigDecimal d ? formats.number(d) : formats.number(new BigDecimal(cell.toString())));
        }
        for (int i = 0; i < values.size(); i++) {
            PdfPCell cell = new PdfPCell(new Phrase(values.get(i), font));
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            if (background != null) {
                cell.setBackgroundColor(background);
            }
            table.addCell(cell);
        }
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static String fileName(ReportingPeriod period, String extension) {
        return "bao-cao-tong-hop-" + period.getYear() + "-" + period.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "." + extension;
    }
}
