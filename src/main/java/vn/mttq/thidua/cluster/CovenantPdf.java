package vn.mttq.thidua.cluster;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.shared.PdfFonts;

/**
 * A cluster's covenant as PDF, in Vietnamese as its members sign it: the cluster and year, the preamble, the targets
 * under the campaign's content areas, and a signature line for each member — with who signed it in the application
 * and when, where they have. A4, DejaVu Serif embedded.
 */
@Component
class CovenantPdf {

    private static final float MM = 72f / 25.4f;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Font regular = new Font(PdfFonts.REGULAR, 11);
    private final Font small = new Font(PdfFonts.REGULAR, 9.5f);
    private final Font bold = new Font(PdfFonts.BOLD, 11);
    private final Font title = new Font(PdfFonts.BOLD, 14);
    private final ZoneId zone;

    CovenantPdf(java.time.Clock clock) {
        this.zone = clock.getZone();
    }

    byte[] of(Cluster cluster, Covenant covenant, List<ContentArea> areas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 25 * MM, 15 * MM, 18 * MM, 18 * MM);
        PdfWriter.getInstance(document, out);
        document.addTitle("Giao ước thi đua " + cluster.getYear() + " — " + cluster.getName());
        document.open();
        Paragraph motto = new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold);
        motto.setAlignment(Element.ALIGN_CENTER);
        document.add(motto);
        Paragraph head = new Paragraph("GIAO ƯỚC THI ĐUA NĂM " + cluster.getYear(), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingBefore(14);
        document.add(head);
        Paragraph name = new Paragraph(cluster.getName().toUpperCase(java.util.Locale.forLanguageTag("vi")), bold);
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingAfter(10);
        document.add(name);
        if (cluster.getDecisionNumber() != null) {
            document.add(new Paragraph("Căn cứ Quyết định số " + cluster.getDecisionNumber()
                    + (cluster.getDecisionDate() == null ? "" : " ngày " + cluster.getDecisionDate().format(vn.mttq.thidua.web.Formats.DATE))
                    + " về việc thành lập các cụm, khối thi đua;", regular));
        }
        if (covenant.getPreamble() != null) {
            document.add(new Paragraph(covenant.getPreamble(), regular));
        }
        document.add(new Paragraph("Các đơn vị thành viên cùng giao ước thực hiện các chỉ tiêu sau:", regular));
        Map<Integer, String> areaNames = areas.stream().collect(Collectors.toMap(ContentArea::getNumber, ContentArea::getName));
        for (CovenantTarget target : covenant.getTargets()) {
            String area = target.getAreaNumber() == null ? "" : "(Nội dung " + target.getAreaNumber()
                    + (areaNames.containsKey(target.getAreaNumber()) ? ": " + areaNames.get(target.getAreaNumber()) : "") + ") ";
            Paragraph p = new Paragraph(target.getPosition() + ". " + area + target.getText(), regular);
            p.setIndentationLeft(10);
            document.add(p);
        }
        Paragraph members = new Paragraph("CÁC ĐƠN VỊ THÀNH VIÊN KÝ GIAO ƯỚC", bold);
        members.setSpacingBefore(14);
        members.setSpacingAfter(6);
        document.add(members);
        PdfPTable table = new PdfPTable(new float[] {0.4f, 2.4f, 2.2f});
        table.setWidthPercentage(100);
        for (String h : new String[] {"TT", "Đơn vị", "Ký tên"}) {
            table.addCell(cell(new Paragraph(h, bold)));
        }
        int n = 0;
        for (Agency agency : cluster.agencies()) {
            table.addCell(cell(new Paragraph(String.valueOf(++n), regular)));
            String role = cluster.isHeadedBy(agency.getId()) ? " (Cụm trưởng)"
                    : cluster.getDeputy() != null && cluster.getDeputy().getId().equals(agency.getId()) ? " (Cụm phó)" : "";
            table.addCell(cell(new Paragraph(agency.getName() + role, regular)));
            CovenantSignature s = covenant.signatureOf(agency.getId());
            PdfPCell sign = cell(new Paragraph(s == null ? "\n\n" : "Đã ký trên ứng dụng: " + s.getSignerName() + ", "
                    + WHEN.format(s.getSignedAt().atZone(zone)), s == null ? regular : small));
            sign.setMinimumHeight(36);
            table.addCell(sign);
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(Paragraph content) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(4);
        cell.addElement(content);
        return cell;
    }
}
