package vn.mttq.thidua.bulkimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * The rows of an uploaded file as column → text: an Excel workbook (its first sheet) or a CSV file (UTF-8, with or
 * without a byte-order mark, separated by commas or semicolons, quoted with double quotes). The first row names the
 * columns; blank rows are skipped; each row keeps its line number in the file for the messages.
 */
final class ImportFile {

    static final int MAX_ROWS = 20_000;

    private ImportFile() {
    }

    /** One row: its number in the file (the header is row 1) and its cells by column. */
    record Line(int number, Map<String, String> cells) {
    }

    static List<Line> read(byte[] bytes, ImportKind kind) {
        List<List<String>> rows = isExcel(bytes) ? excel(bytes) : csv(bytes);
        if (rows.isEmpty()) {
            throw new BusinessRuleException("import.error.empty");
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT).replace("*", "")).toList();
        for (String column : kind.columns()) {
            if (kind.required(column) && !header.contains(column)) {
                throw new BusinessRuleException("import.error.missingColumn", column);
            }
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new BusinessRuleException("import.error.tooManyRows", MAX_ROWS);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : kind.columns()) {
                int i = header.indexOf(column);
                cells.put(column, i < 0 || i >= row.size() ? "" : row.get(i).trim());
            }
            lines.add(new Line(r + 1, cells));
        }
        return lines;
    }

    private static boolean isExcel(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static List<List<String>> excel(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : cell.getCellType() == CellType.FORMULA
                                ? formatter.formatCellValue(cell, workbook.getCreationHelper().createFormulaEvaluator())
                                : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new BusinessRuleException("import.error.unreadable");
        }
    }

    private static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new BusinessRuleException("import.error.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLine = text.indexOf('\n');
        String head = firstLine < 0 ? text : text.substring(0, firstLine);
        char separator = head.chars().filter(c -> c == ';').count() > head.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS + 1) {
                    return rows;
                }
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
