package vn.mttq.thidua.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written as it goes: rows are flushed to a temporary file every few hundred, so that an export of
 * tens of thousands of rows holds only a window of them in memory (Apache POI SXSSF). Numbers and dates are written as
 * numbers and dates with formats, so that the spreadsheet program shows them the reader's way (1.234,5 and dd/MM/yyyy
 * in Vietnamese).
 */
public final class ExcelWriter implements AutoCloseable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final ZoneId zone;
    private final CellStyle bold;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle boldInteger;
    private final CellStyle boldDecimal;
    private final CellStyle date;
    private final CellStyle dateTime;
    private Sheet sheet;
    private int next;

    public ExcelWriter(ZoneId zone) {
        this.zone = zone;
        workbook.setCompressTempFiles(true);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        short integerFormat = workbook.createDataFormat().getFormat("#,##0");
        short decimalFormat = workbook.createDataFormat().getFormat("#,##0.0#");
        integer = styled(integerFormat, null);
        decimal = styled(decimalFormat, null);
        boldInteger = styled(integerFormat, boldFont);
        boldDecimal = styled(decimalFormat, boldFont);
        date = styled(workbook.createDataFormat().getFormat("dd/mm/yyyy"), null);
        dateTime = styled(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"), null);
    }

    private CellStyle styled(short format, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    /** Starts a sheet; {@code widths} are the columns' widths in characters. */
    public ExcelWriter sheet(String name, int... widths) {
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        next = 0;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        return this;
    }

    /** A line of text in bold, above the table. */
    public ExcelWriter title(String text) {
        Cell cell = sheet.createRow(next++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(bold);
        return this;
    }

    /** A line of plain text (a filter, a date). */
    public ExcelWriter note(String text) {
        sheet.createRow(next++).createCell(0).setCellValue(text);
        return this;
    }

    public ExcelWriter blank() {
        next++;
        return this;
    }

    /** The table's header row, frozen so that it stays in view. */
    public ExcelWriter header(List<String> labels) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, next);
        return this;
    }

    /** A row of cells: text, whole numbers, decimals, dates, instants (in the application's zone), booleans, blanks. */
    public ExcelWriter row(Object... cells) {
        write(cells, false);
        return this;
    }

    /** A row in bold: the totals. */
    public ExcelWriter totals(Object... cells) {
        write(cells, true);
        return this;
    }

    private void write(Object[] cells, boolean strong) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Integer || value instanceof Long) {
                number(cell, (Number) value, strong ? boldInteger : integer);
            } else if (value instanceof Number n) {
                number(cell, n, strong ? boldDecimal : decimal);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof Instant t) {
                cell.setCellValue(t.atZone(zone).toLocalDateTime());
                cell.setCellStyle(dateTime);
            } else {
                cell.setCellValue(value.toString());
                if (strong) {
                    cell.setCellStyle(bold);
                }
            }
        }
    }

    private static void number(Cell cell, Number n, CellStyle style) {
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(style);
    }

    /** Writes the workbook out; rows already flushed are copied from the temporary file. */
    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
