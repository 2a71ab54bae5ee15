package vn.mttq.thidua.decision;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.person.Gender;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.Nomination;

/**
 * The decision and its certificates as PDF, as the office issues them. The decision follows the administrative
 * format modelled on Decree 30/2020/NĐ-CP: A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; the issuing
 * body and the national motto side by side with their rules, the zero-padded number, the place-and-date line, the
 * title, the legal basis, three articles, the recipients block beside the two-line signature block, and the list
 * of awardees on pages of its own with the table header repeated. A draft carries no number and is marked
 * "DỰ THẢO" on every page. Certificates are A4 landscape with a drawn frame, one page each. Vietnamese text with
 * embedded DejaVu Serif, so every diacritic prints on any machine.
 */
@Component
class DecisionPdf {

    private static final float MM = 72f / 25.4f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Color RED = new Color(170, 25, 30);
    private static final Color GOLD = new Color(196, 150, 40);

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;
    private final IssuingBodies issuers;
    private final CampaignService campaigns;

    DecisionPdf(IssuingBodies issuers, CampaignService campaigns) {
        this.issuers = issuers;
        this.campaigns = campaigns;
        this.regular = vn.mttq.thidua.shared.PdfFonts.REGULAR;
        this.bold = vn.mttq.thidua.shared.PdfFonts.BOLD;
        this.italic = vn.mttq.thidua.shared.PdfFonts.ITALIC;
        this.boldItalic = vn.mttq.thidua.shared.PdfFonts.BOLD_ITALIC;
    }

    // ---------------------------------------------------------------- the decision

    byte[] decision(Decision decision, List<Nomination> awardees) {
        IssuingBodies.Body issuer = issuers.on(decision.getSignedOn());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (decision.isDraft()) {
            writer.setPageEvent(new Watermark("DỰ THẢO"));
        }
        document.addTitle(number(decision) + " " + decision.getTitle());
        document.open();

        document.add(header(decision, issuer));

        Paragraph title = paragraph("QUYẾT ĐỊNH", new Font(bold, 13), Element.ALIGN_CENTER);
        title.setSpacingBefore(14);
        document.add(title);
        document.add(paragraph(decision.getTitle(), new Font(bold, 12.5f), Element.ALIGN_CENTER));
        document.add(rule(22));

        Paragraph authority = paragraph(issuer.boardUpper() + " " + issuer.nameUpper(), new Font(bold, 12), Element.ALIGN_CENTER);
        authority.setSpacingBefore(8);
        authority.setSpacingAfter(6);
        document.add(authority);

        for (String line : decision.getLegalBasis().split("\\R")) {
            if (!line.isBlank()) {
                document.add(body(line.strip(), new Font(italic, 12)));
            }
        }
        Paragraph decides = paragraph("QUYẾT ĐỊNH:", new Font(bold, 12.5f), Element.ALIGN_CENTER);
        decides.setSpacingBefore(6);
        decides.setSpacingAfter(6);
        document.add(decides);

        long collectives = awardees.stream().filter(n -> n.getNomineeType() == NomineeType.COLLECTIVE).count();
        long individuals = awardees.size() - collectives;
        document.add(article(1, (decision.getKind() == DecisionKind.EMULATION_TITLE ? "Tặng danh hiệu thi đua" : "Khen thưởng")
                + " " + counted(collectives, individuals) + " đã có thành tích xuất sắc trong "
                + campaignWords(awardees, campaigns.list())
                + " (có danh sách kèm theo)."));
        document.add(article(2, "Các tập thể, cá nhân có tên tại Điều 1 được tặng hình thức khen thưởng ghi trong danh "
                + "sách kèm theo và được hưởng tiền thưởng theo quy định của pháp luật về thi đua, khen thưởng."));
        document.add(article(3, "Quyết định này có hiệu lực kể từ ngày ký. Văn phòng, Ban Phong trào " + issuer.name()
                + " và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."));

        document.add(recipientsAndSignature(decision, issuer));

        document.newPage();
        document.add(paragraph("DANH SÁCH", new Font(bold, 13), Element.ALIGN_CENTER));
        document.add(paragraph("Các tập thể, cá nhân được khen thưởng", new Font(bold, 12), Element.ALIGN_CENTER));
        Paragraph attached = paragraph("(Kèm theo Quyết định số " + number(decision) + " "
                + AdministrativeDates.written(decision.getSignedOn()) + " của " + issuer.board() + " "
                + issuer.name() + ")", new Font(italic, 11.5f), Element.ALIGN_CENTER);
        attached.setSpacingAfter(4);
        document.add(attached);
        document.add(rule(22));
        document.add(awardeeTable(decision, awardees));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable header(Decision decision, IssuingBodies.Body issuer) {
        PdfPTable header = new PdfPTable(new float[] {40, 60});
        header.setWidthPercentage(100);
        PdfPCell left = blank();
        left.addElement(paragraph(issuer.nameUpper(), new Font(regular, 11), Element.ALIGN_CENTER));
        left.addElement(paragraph(issuer.boardUpper(), new Font(bold, 12), Element.ALIGN_CENTER));
        left.addElement(rule(30));
        Paragraph number = paragraph("Số: " + number(decision), new Font(regular, 12), Element.ALIGN_CENTER);
        number.setSpacingBefore(6);
        left.addElement(number);
        header.addCell(left);

        PdfPCell right = blank();
        right.addElement(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new Font(bold, 11), Element.ALIGN_CENTER));
        right.addElement(paragraph("Độc lập - Tự do - Hạnh phúc", new Font(bold, 12), Element.ALIGN_CENTER));
        right.addElement(rule(56));
        Paragraph date = paragraph(AdministrativeDates.placeAndDate(issuer.place(), decision.getSignedOn()),
                new Font(italic, 12), Element.ALIGN_CENTER);
        date.setSpacingBefore(6);
        right.addElement(date);
        header.addCell(right);
        return header;
    }

    private PdfPTable recipientsAndSignature(Decision decision, IssuingBodies.Body issuer) {
        PdfPTable block = new PdfPTable(new float[] {45, 55});
        block.setWidthPercentage(100);
        block.setSpacingBefore(14);
        block.setKeepTogether(true);
        PdfPCell recipients = blank();
        recipients.addElement(paragraph("Nơi nhận:", new Font(boldItalic, 11.5f), Element.ALIGN_LEFT));
        for (String line : decision.getRecipients().split("\\R")) {
            if (!line.isBlank()) {
                String text = line.strip();
                recipients.addElement(paragraph(text.startsWith("-") ? text : "- " + text, new Font(regular, 10.5f),
                        Element.ALIGN_LEFT));
            }
        }
        block.addCell(recipients);
        PdfPCell signature = blank();
        for (String line : signatureLines(decision, issuer)) {
            signature.addElement(paragraph(line, new Font(bold, 12), Element.ALIGN_CENTER));
        }
        Paragraph name = paragraph(decision.getSignerName(), new Font(bold, 12), Element.ALIGN_CENTER);
        name.setSpacingBefore(62);
        signature.addElement(name);
        block.addCell(signature);
        return block;
    }

    /** "TM. BAN THƯỜNG TRỰC" over "CHỦ TỊCH"; a vice-chair signs "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH". */
    private static List<String> signatureLines(Decision decision, IssuingBodies.Body issuer) {
        String title = decision.getSignerTitle().strip().toUpperCase(VI);
        String onBehalf = "TM. " + issuer.boardUpper();
        return title.startsWith("PHÓ ") ? List.of(onBehalf, "KT. " + title.substring(4), title) : List.of(onBehalf, title);
    }

    private PdfPTable awardeeTable(Decision decision, List<Nomination> awardees) {
        boolean numbered = !decision.isDraft();
        PdfPTable table = new PdfPTable(numbered ? new float[] {7, 45, 26, 22} : new float[] {7, 58, 35});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        Font head = new Font(bold, 11);
        Font normal = new Font(regular, 11);
        table.addCell(cell("TT", head, Element.ALIGN_CENTER));
        table.addCell(cell("Tập thể, cá nhân", head, Element.ALIGN_CENTER));
        table.addCell(cell("Hình thức khen thưởng", head, Element.ALIGN_CENTER));
        if (numbered) {
            table.addCell(cell("Số sổ vàng", head, Element.ALIGN_CENTER));
        }
        int row = 0;
        String[] sections = {"I. TẬP THỂ", "II. CÁ NHÂN"};
        for (NomineeType type : new NomineeType[] {NomineeType.COLLECTIVE, NomineeType.INDIVIDUAL}) {
            List<Nomination> ofType = awardees.stream().filter(n -> n.getNomineeType() == type)
                    .sorted(Comparator.comparing((Nomination n) -> n.getRegistryNumber() == null ? "" : n.getRegistryNumber())
                            .thenComparing(Nomination::getId)).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            PdfPCell section = cell(sections[type.ordinal()], head, Element.ALIGN_LEFT);
            section.setColspan(numbered ? 4 : 3);
            table.addCell(section);
            for (Nomination n : ofType) {
                table.addCell(cell(String.valueOf(++row), normal, Element.ALIGN_CENTER));
                table.addCell(cell(nominee(n), normal, Element.ALIGN_LEFT));
                table.addCell(cell(n.getForm().getName(), normal, Element.ALIGN_LEFT));
                if (numbered) {
                    table.addCell(cell(n.getRegistryNumber() == null ? "" : n.getRegistryNumber(), new Font(regular, 10),
                            Element.ALIGN_CENTER));
                }
            }
        }
        return table;
    }

    private static String counted(long collectives, long individuals) {
        if (individuals == 0) {
            return collectives + " tập thể";
        }
        if (collectives == 0) {
            return individuals + " cá nhân";
        }
        return collectives + " tập thể và " + individuals + " cá nhân";
    }

    /** "phong trào thi đua “Đoàn kết sáng tạo” năm 2024", from the campaign (among all) of the awardees' years. */
    private static String campaignWords(List<Nomination> awardees, List<Campaign> all) {
        List<Integer> years = awardees.stream().map(Nomination::getYear).distinct().sorted().toList();
        String campaign = years.isEmpty() ? null : all.stream().filter(c -> c.covers(years.get(0))).findFirst()
                .map(Campaign::getShortName).orElse(null);
        String words = campaign == null ? "phong trào thi đua" : "phong trào thi đua “" + campaign + "”";
        if (years.size() == 1) {
            return words + " năm " + years.get(0);
        }
        return years.isEmpty() ? words : words + " các năm " + years.get(0) + "–" + years.get(years.size() - 1);
    }

    private Paragraph article(int number, String text) {
        Paragraph article = new Paragraph();
        article.add(new Chunk("Điều " + number + ". ", new Font(bold, 12)));
        article.add(new Chunk(text, new Font(regular, 12)));
        article.setAlignment(Element.ALIGN_JUSTIFIED);
        article.setFirstLineIndent(10 * MM);
        article.setLeading(0, 1.35f);
        article.setSpacingAfter(4);
        return article;
    }

    private Paragraph body(String text, Font font) {
        Paragraph paragraph = paragraph(text, font, Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(10 * MM);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    // ---------------------------------------------------------------- certificates

    /** One certificate per awardee, each on its own A4 landscape page inside a drawn frame. */
    byte[] certificates(Decision decision, List<Nomination> awardees) {
        IssuingBodies.Body issuer = issuers.on(decision.getSignedOn());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 62, 62, 56, 44);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Frame());
        document.addTitle("Giấy chứng nhận khen thưởng — " + decision.getCode());
        document.open();
        List<Campaign> all = campaigns.list();
        for (Nomination awardee : awardees) {
            document.newPage();
            certificate(document, decision, issuer, awardee, all);
        }
        document.close();
        return out.toByteArray();
    }

    private void certificate(Document document, Decision decision, IssuingBodies.Body issuer, Nomination awardee,
                             List<Campaign> all) {
        document.add(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new Font(bold, 11), Element.ALIGN_CENTER));
        document.add(paragraph("Độc lập - Tự do - Hạnh phúc", new Font(bold, 11.5f), Element.ALIGN_CENTER));
        document.add(rule(22));
        Paragraph body = paragraph(issuer.boardUpper() + " " + issuer.nameUpper(), new Font(bold, 13), Element.ALIGN_CENTER);
        body.setSpacingBefore(16);
        document.add(body);
        Paragraph gives = paragraph("TẶNG", new Font(bold, 14), Element.ALIGN_CENTER);
        gives.setSpacingBefore(18);
        document.add(gives);
        Paragraph form = paragraph(formHeading(awardee), new Font(bold, 40, Font.NORMAL, RED), Element.ALIGN_CENTER);
        form.setSpacingBefore(6);
        document.add(form);
        Paragraph to = paragraph("Cho", new Font(italic, 14), Element.ALIGN_CENTER);
        to.setSpacingBefore(10);
        document.add(to);
        if (awardee.getNomineeType() == NomineeType.INDIVIDUAL) {
            String honorific = awardee.getGender() == Gender.FEMALE ? "Bà " : "Ông ";
            document.add(paragraph(honorific + awardee.getIndividualName(), new Font(bold, 26, Font.NORMAL, RED),
                    Element.ALIGN_CENTER));
            String position = awardee.getIndividualPosition() == null ? "" : awardee.getIndividualPosition() + ", ";
            document.add(paragraph(position + awardee.getUnitNameOnRecord() + ", " + awardee.getAgencyNameOnRecord(),
                    new Font(regular, 13), Element.ALIGN_CENTER));
        } else {
            document.add(paragraph(awardee.getUnitNameOnRecord(), new Font(bold, 26, Font.NORMAL, RED), Element.ALIGN_CENTER));
            document.add(paragraph(awardee.getAgencyNameOnRecord(), new Font(regular, 13), Element.ALIGN_CENTER));
        }
        Paragraph merit = paragraph("Đã có thành tích xuất sắc trong " + campaignWords(List.of(awardee), all) + ".",
                new Font(bold, 14), Element.ALIGN_CENTER);
        merit.setSpacingBefore(18);
        document.add(merit);
        if (awardee.getAchievements() != null && !awardee.getAchievements().isBlank()) {
            document.add(paragraph(shortened(awardee.getAchievements().strip(), 260), new Font(italic, 11.5f),
                    Element.ALIGN_CENTER));
        }

        PdfPTable bottom = new PdfPTable(new float[] {45, 55});
        bottom.setWidthPercentage(100);
        bottom.setSpacingBefore(22);
        PdfPCell record = blank();
        record.setVerticalAlignment(Element.ALIGN_BOTTOM);
        record.addElement(paragraph("Quyết định số " + decision.getCode(), new Font(regular, 11), Element.ALIGN_LEFT));
        record.addElement(paragraph(AdministrativeDates.written(decision.getSignedOn()), new Font(regular, 11), Element.ALIGN_LEFT));
        record.addElement(paragraph("Số sổ vàng: " + awardee.getRegistryNumber(), new Font(regular, 11), Element.ALIGN_LEFT));
        bottom.addCell(record);
        PdfPCell signature = blank();
        signature.addElement(paragraph(AdministrativeDates.placeAndDate(issuer.place(), decision.getSignedOn()),
                new Font(italic, 11.5f), Element.ALIGN_CENTER));
        for (String line : signatureLines(decision, issuer)) {
            signature.addElement(paragraph(line, new Font(bold, 12), Element.ALIGN_CENTER));
        }
        Paragraph name = paragraph(decision.getSignerName(), new Font(bold, 12.5f), Element.ALIGN_CENTER);
        name.setSpacingBefore(54);
        signature.addElement(name);
        bottom.addCell(signature);
        document.add(bottom);
    }

    /** "BẰNG KHEN" of "Bằng khen của Ủy ban MTTQ Việt Nam tỉnh": the form's name before "của", in capitals. */
    private static String formHeading(Nomination awardee) {
        String name = awardee.getForm().getName();
        int of = name.indexOf(" của ");
        return (of > 0 ? name.substring(0, of) : name).toUpperCase(VI);
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, text.lastIndexOf(' ', max)) + "…";
    }

    // ---------------------------------------------------------------- pieces

    private static String number(Decision decision) {
        return decision.isDraft() ? "      " + Decision.CODE_SUFFIX : decision.getCode();
    }

    private static String nominee(Nomination n) {
        if (n.getNomineeType() == NomineeType.INDIVIDUAL) {
            return (n.getGender() == Gender.FEMALE ? "Bà " : "Ông ") + n.getIndividualName()
                    + (n.getIndividualPosition() == null ? "" : ", " + n.getIndividualPosition())
                    + ", " + n.getUnitNameOnRecord() + ", " + n.getAgencyNameOnRecord();
        }
        return n.getUnitNameOnRecord() + ", " + n.getAgencyNameOnRecord();
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        paragraph.setLeading(0, 1.3f);
        return paragraph;
    }

    /** A short centred rule, {@code percent} of the width it is in. */
    private static Paragraph rule(float percent) {
        Paragraph rule = new Paragraph();
        rule.setLeading(0, 1f);
        rule.add(new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 0)));
        return rule;
    }

    /** A table cell whose text keeps clear of its borders however many lines it wraps to. */
    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    private static PdfPCell blank() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** "DỰ THẢO" across every page of a draft, translucent, over the text. */
    private final class Watermark extends PdfPageEventHelper {

        private final String text;

        Watermark(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            canvas.saveState();
            PdfGState state = new PdfGState();
            state.setFillOpacity(0.18f);
            canvas.setGState(state);
            canvas.beginText();
            canvas.setColorFill(RED);
            canvas.setFontAndSize(bold, 96);
            Rectangle page = document.getPageSize();
            canvas.showTextAligned(Element.ALIGN_CENTER, text, page.getWidth() / 2, page.getHeight() / 2, 45);
            canvas.endText();
            canvas.restoreState();
        }
    }

    /** The certificate's frame: a thick red border, a thin gold one inside it, and a diamond at each corner. */
    private static final class Frame extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float w = page.getWidth();
            float h = page.getHeight();
            canvas.saveState();
            canvas.setColorStroke(RED);
            canvas.setLineWidth(4.5f);
            canvas.rectangle(18, 18, w - 36, h - 36);
            canvas.stroke();
            canvas.setColorStroke(GOLD);
            canvas.setLineWidth(1.2f);
            canvas.rectangle(28, 28, w - 56, h - 56);
            canvas.stroke();
            canvas.setLineWidth(0.6f);
            canvas.rectangle(32, 32, w - 64, h - 64);
            canvas.stroke();
            canvas.setColorFill(RED);
            for (float[] corner : new float[][] {{28, 28}, {w - 28, 28}, {28, h - 28}, {w - 28, h - 28}}) {
                diamond(canvas, corner[0], corner[1], 9);
            }
            canvas.setColorFill(GOLD);
            for (float[] middle : new float[][] {{w / 2, 28}, {w / 2, h - 28}, {28, h / 2}, {w - 28, h / 2}}) {
                diamond(canvas, middle[0], middle[1], 6);
            }
            canvas.restoreState();
        }

        private static void diamond(PdfContentByte canvas, float x, float y, float r) {
            canvas.moveTo(x, y + r);
            canvas.lineTo(x + r, y);
            canvas.lineTo(x, y - r);
            canvas.lineTo(x - r, y);
            canvas.closePath();
            canvas.fill();
        }
    }
}
