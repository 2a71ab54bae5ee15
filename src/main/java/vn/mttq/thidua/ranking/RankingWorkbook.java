package vn.mttq.thidua.ranking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.period.ReportingPeriod;

/** The ranking of a period and content area as an Excel workbook, the way it is handed upward. */
@Component
class RankingWorkbook {

    private final MessageSource messages;

    RankingWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(ReportingPeriod period, ContentArea area, List<RankingRow> rows, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("ranking.title", locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(text("ranking.title", locale) + " — " + period.nameIn(locale));
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(area.getNumber() + ". " + area.nameIn(locale));

            Row header = sheet.createRow(3);
            String[] columns = {"ranking.rank", "pledge.unit", "account.agency", "report.score", "ranking.classification"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(text(columns[i], locale));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 4;
            for (RankingRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.rank());
                line.createCell(1).setCellValue(row.unitName());
                line.createCell(2).setCellValue(row.agencyName());
                line.createCell(3).setCellValue(row.score().doubleValue());
                line.createCell(4).setCellValue(row.level() == null ? "" : text("ranking.level." + row.level().getCode(), locale));
            }
            for (int i = 0; i < columns.length; i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
