package vn.mttq.thidua.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.commendation.NomineeType;
import vn.mttq.thidua.commendation.Nomination;

/**
 * The decision and the certificates as PDF, in Vietnamese, with an embedded Unicode font (DejaVu Serif, shipped
 * with the application) so that every diacritic prints on any machine.
 */
@Component
class DecisionPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final BaseFont regular;
    private final BaseFont bold;

    DecisionPdf() {
        this.regular = font("fonts/DejaVuSerif.ttf");
        this.bold = font("fonts/DejaVuSerif-Bold.ttf");
    }

    private static BaseFont font(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] decision(Decision decision, List<Nomination> awardees) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(decision.getCode() + " " + decision.getTitle());
        document.open();
        Font normal = new Font(regular, 12);
        Font strong = new Font(bold, 12);
        Font heading = new Font(bold, 14);

        PdfPTable header = new PdfPTable(2);
        header.setWidthPercentage(100);
        header.addCell(plain(new Phrase("ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG\nBAN THƯỜNG TRỰC\nSố: " + decision.getCode(), strong)));
        header.addCell(plain(new Phrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNgày "
                + DAY.format(decision.getSignedOn()), strong)));
        document.add(header);

        Paragraph title = new Paragraph("QUYẾT ĐỊNH\n" + decision.getTitle(), heading);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(24);
        title.setSpacingAfter(12);
        document.add(title);
        document.add(new Paragraph("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định số 98/2023/NĐ-CP; "
                + "xét đề nghị của Hội đồng Thi đua - Khen thưởng, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh quyết định:", normal));
        Paragraph article = new Paragraph("Điều 1. Khen thưởng " + awardees.size()
                + " tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua (danh sách kèm theo).", normal);
        article.setSpacingBefore(8);
        document.add(article);

        PdfPTable list = new PdfPTable(new float[] {1, 6, 5, 3});
        list.setWidthPercentage(100);
        list.setSpacingBefore(12);
        for (String column : new String[] {"TT", "Tập thể, cá nhân", "Hình thức khen thưởng", "Số sổ vàng"}) {
            list.addCell(new PdfPCell(new Phrase(column, strong)));
        }
        int row = 1;
        for (Nomination n : awardees) {
            list.addCell(new PdfPCell(new Phrase(String.valueOf(row++), normal)));
            list.addCell(new PdfPCell(new Phrase(nominee(n), normal)));
            list.addCell(new PdfPCell(new Phrase(n.getForm().getName(), normal)));
            list.addCell(new PdfPCell(new Phrase(n.getRegistryNumber() == null ? "" : n.getRegistryNumber(), normal)));
        }
        document.add(list);

        Paragraph signature = new Paragraph(decision.getSignerTitle() + "\n\n\n" + decision.getSignerName(), strong);
        signature.setAlignment(Element.ALIGN_RIGHT);
        signature.setSpacingBefore(24);
        document.add(signature);
        document.close();
        return out.toByteArray();
    }

    byte[] certificate(Decision decision, Nomination awardee) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 64, 64, 64, 64);
        PdfWriter.getInstance(document, out);
        document.addTitle(awardee.getForm().getName() + " — " + awardee.getNomineeName());
        document.open();
        centered(document, "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TIỀN GIANG", new Font(bold, 14), 0);
        centered(document, awardee.getForm().getName().toUpperCase(java.util.Locale.forLanguageTag("vi")), new Font(bold, 26), 24);
        centered(document, "Tặng", new Font(regular, 16), 18);
        centered(document, nominee(awardee), new Font(bold, 22), 6);
        centered(document, "Đã có thành tích xuất sắc trong phong trào thi đua “Đoàn kết sáng tạo”, năm "
                + awardee.getYear(), new Font(regular, 14), 18);
        centered(document, "Quyết định số " + decision.getCode() + " ngày " + DAY.format(decision.getSignedOn())
                + " · Số sổ vàng: " + awardee.getRegistryNumber(), new Font(regular, 12), 30);
        Paragraph signer = new Paragraph(decision.getSignerTitle() + "\n\n\n" + decision.getSignerName(), new Font(bold, 13));
        signer.setAlignment(Element.ALIGN_RIGHT);
        signer.setSpacingBefore(24);
        document.add(signer);
        document.close();
        return out.toByteArray();
    }

    private static String nominee(Nomination n) {
        if (n.getNomineeType() == NomineeType.INDIVIDUAL) {
            return n.getIndividualName() + (n.getIndividualPosition() == null ? "" : ", " + n.getIndividualPosition())
                    + ", " + n.getUnitNameOnRecord();
        }
        return n.getUnitNameOnRecord() + ", " + n.getAgencyNameOnRecord();
    }

    private static void centered(Document document, String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        document.add(paragraph);
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }
}
