package vn.mttq.thidua.commendation;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.EligibilityChecks.ConditionCheck;
import vn.mttq.thidua.commendation.EligibilityChecks.Eligibility;
import vn.mttq.thidua.commendation.EligibilityChecks.Status;
import vn.mttq.thidua.commendation.EligibilityChecks.YearFound;
import vn.mttq.thidua.person.HoldRecord;
import vn.mttq.thidua.shared.PdfFonts;

/**
 * A nomination's appraisal sheet (phiếu thẩm định) as PDF, in Vietnamese as the office files it: the nominee and the
 * proposal; each condition of the form with its legal basis, the records found year by year and whether it is met;
 * any hold that bars commendation; the dossier's papers; the overall result, the appraiser's note, and the signature
 * lines. A4, DejaVu Serif embedded.
 */
@Component
class AppraisalSheet {

    private static final float MM = 72f / 25.4f;
    private static final DateTimeFormatter DAY = vn.mttq.thidua.web.Formats.DATE;
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Color SHADE = new Color(240, 240, 240);

    private final MessageSource messages;
    private final Clock clock;
    private final Font regular = new Font(PdfFonts.REGULAR, 11);
    private final Font small = new Font(PdfFonts.REGULAR, 9.5f);
    private final Font bold = new Font(PdfFonts.BOLD, 11);
    private final Font italic = new Font(PdfFonts.ITALIC, 10);
    private final Font title = new Font(PdfFonts.BOLD, 14);

    AppraisalSheet(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    byte[] of(Nomination n, Eligibility eligibility, Set<DossierKind> present) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 25 * MM, 15 * MM, 18 * MM, 18 * MM);
        PdfWriter.getInstance(document, out);
        document.addTitle("Phiếu thẩm định — " + n.getNomineeName());
        document.open();

        PdfPTable heading = new PdfPTable(new float[] {1f, 1.25f});
        heading.setWidthPercentage(100);
        heading.addCell(plain(new Phrase("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", bold), Element.ALIGN_CENTER));
        Paragraph motto = new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", bold);
        motto.add(new Phrase("Độc lập - Tự do - Hạnh phúc", bold));
        heading.addCell(plain(motto, Element.ALIGN_CENTER));
        document.add(heading);
        Paragraph date = new Paragraph("ngày " + DAY.format(LocalDate.now(clock)), italic);
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setSpacingBefore(6);
        document.add(date);
        Paragraph head = new Paragraph("PHIẾU THẨM ĐỊNH HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingBefore(10);
        head.setSpacingAfter(10);
        document.add(head);

        boolean individual = n.getNomineeType() == NomineeType.INDIVIDUAL;
        PdfPTable facts = new PdfPTable(new float[] {1f, 2.6f});
        facts.setWidthPercentage(100);
        fact(facts, individual ? "Cá nhân được đề nghị" : "Tập thể được đề nghị", n.getNomineeName());
        if (individual) {
            fact(facts, "Năm sinh, giới tính", n.getBirthYear() + ", " + text("nomination.gender." + n.getGender()));
            fact(facts, "Chức vụ", n.getIndividualPosition() == null ? "—" : n.getIndividualPosition());
        }
        fact(facts, "Đơn vị", n.getUnitNameOnRecord() + " — " + n.getAgencyNameOnRecord());
        fact(facts, "Hình thức khen thưởng", n.getForm().getName());
        fact(facts, "Thành tích năm", String.valueOf(n.getYear()));
        fact(facts, "Người đề nghị", n.getProposedBy() + (n.getSubmittedAt() == null ? ""
                : ", gửi ngày " + DAY.format(n.getSubmittedAt().atZone(zone()))));
        fact(facts, "Trạng thái", text("nomination.status." + n.getStatus()));
        document.add(facts);

        section(document, "1. Điều kiện, tiêu chuẩn khen thưởng");
        if (!eligibility.hasConditions()) {
            document.add(new Paragraph(text("eligibility.none"), regular));
        } else {
            document.add(new Paragraph((individual ? "Xét theo danh hiệu, xếp loại của cá nhân" : "Xét theo danh hiệu, xếp loại của tập thể")
                    + " đến năm " + n.getYear() + " (năm của thành tích được đề nghị)."
                    + (eligibility.hasAlternatives() ? " Đạt đủ các điều kiện của một phương án là đủ." : ""), italic));
            PdfPTable table = new PdfPTable(new float[] {2.3f, 2.6f, 0.8f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setHeaderRows(1);
            for (String h : new String[] {"Điều kiện và căn cứ", "Hồ sơ thi đua đã ghi nhận", "Kết quả"}) {
                PdfPCell cell = new PdfPCell(new Phrase(h, bold));
                cell.setBackgroundColor(SHADE);
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (ConditionCheck c : eligibility.checks()) {
                Paragraph condition = new Paragraph();
                if (eligibility.hasAlternatives()) {
                    condition.add(new Phrase("Phương án " + c.alternative() + ": ", italic));
                }
                condition.add(new Phrase(requirement(c) + "\n", regular));
                condition.add(new Phrase(c.requirement().legalBasis()
                        + (c.requirement().setByFront() ? " (tiêu chuẩn riêng của Mặt trận)" : ""), small));
                table.addCell(padded(condition));
                table.addCell(padded(new Paragraph(evidence(c), small)));
                table.addCell(padded(new Paragraph(text("eligibility.status." + c.status()), bold)));
            }
            document.add(table);
        }

        section(document, "2. Thời gian không được khen thưởng");
        if (eligibility.holds().isEmpty()) {
            document.add(new Paragraph(individual ? "Không có kỷ luật, điều tra, thanh tra, khiếu nại chưa giải quyết đang áp dụng."
                    : "Không áp dụng.", regular));
        }
        for (HoldRecord h : eligibility.holds()) {
            document.add(new Paragraph("• " + text("hold.kind." + h.kind()) + ", từ " + DAY.format(h.fromDate())
                    + (h.untilDate() == null ? " (chưa kết thúc)" : " đến " + DAY.format(h.untilDate())) + ": " + h.reason(), regular));
        }

        section(document, "3. Hồ sơ");
        for (DossierKind kind : DossierKind.values()) {
            boolean has = present.contains(kind);
            if (has || DossierKind.REQUIRED.contains(kind)) {
                document.add(new Paragraph("• " + text("dossier.kind." + kind) + ": " + (has ? "có" : "CHƯA CÓ"), regular));
            }
        }

        section(document, "4. Kết luận thẩm định");
        Status overall = eligibility.overall();
        document.add(new Paragraph(overall == null ? "Hình thức khen thưởng này không có điều kiện được ghi nhận cho loại đối tượng này."
                : text("eligibility.overall." + overall) + ".", bold));
        if (n.getEligibilityOverride() != null) {
            document.add(new Paragraph("Vẫn chuyển tiếp dù chưa đủ điều kiện, vì: " + n.getEligibilityOverride(), bold));
        }
        if (eligibility.lastOfSameForm() != null) {
            document.add(new Paragraph("Lần gần nhất được tặng hình thức này: thành tích năm " + eligibility.lastOfSameForm().year()
                    + " (số vào sổ " + eligibility.lastOfSameForm().registryNumber() + ").", regular));
        }
        if (n.getAppraisalNote() != null) {
            document.add(new Paragraph("Ý kiến của người thẩm định: " + n.getAppraisalNote(), regular));
        }
        if (n.getAppraisedBy() != null) {
            document.add(new Paragraph("Đã thẩm định: " + n.getAppraisedBy() + ", ngày "
                    + DAY.format(n.getAppraisedAt().atZone(zone())), regular));
        }

        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(24);
        signatures.addCell(plain(new Phrase("NGƯỜI THẨM ĐỊNH\n(Ký, ghi rõ họ tên)", bold), Element.ALIGN_CENTER));
        signatures.addCell(plain(new Phrase("THƯỜNG TRỰC HỘI ĐỒNG\n(Ký, ghi rõ họ tên)", bold), Element.ALIGN_CENTER));
        document.add(signatures);
        document.close();
        return out.toByteArray();
    }

    private String requirement(ConditionCheck c) {
        var r = c.requirement();
        return switch (r.kind()) {
            case TITLES -> r.consecutive() ? r.years() + " năm liên tục đạt " + r.titlesIn(VI)
                    : r.years() + " trong " + r.withinYears() + " năm gần nhất đạt " + r.titlesIn(VI);
            case INITIATIVES -> r.initiatives() + " sáng kiến được công nhận từ " + text("initiative.scope." + r.scope())
                    .toLowerCase(VI) + " trở lên trong " + r.years() + " năm";
            case PRIOR_FORM -> "Đã được tặng " + r.priorForm().name() + " trong " + r.years() + " năm";
        };
    }

    private String evidence(ConditionCheck c) {
        return switch (c.requirement().kind()) {
            case TITLES -> found(c.found());
            case INITIATIVES -> c.initiatives().isEmpty() ? "Chưa ghi nhận sáng kiến nào trong những năm này."
                    : c.initiatives().stream().map(i -> i.title() + " — " + text("initiative.scope." + i.scope()) + " (Số "
                            + i.documentNumber() + ", ngày " + DAY.format(i.recognisedOn()) + ", " + i.recognisedBy() + ") — "
                            + (i.countedHere() ? "tính cho đề nghị này" : i.usedFor() != null ? "đã tính cho đề nghị #" + i.usedFor()
                                    : i.usedElsewhere() != null ? "đã tính cho " + i.usedElsewhere() : "chưa được tính"))
                            .collect(Collectors.joining("\n"));
            case PRIOR_FORM -> c.priors().isEmpty() ? "Chưa có quyết định nào tại đây."
                    : c.priors().stream().map(p -> p.form().name() + ", thành tích năm " + p.year() + " (số vào sổ "
                            + p.registryNumber() + ")").collect(Collectors.joining("\n"));
        };
    }

    private String found(List<YearFound> years) {
        if (years.isEmpty()) {
            return "Chưa có hồ sơ để đối chiếu.";
        }
        return years.stream().map(y -> y.year() + ": " + (y.awards().isEmpty() ? "chưa ghi nhận"
                : y.awards().stream().map(a -> a.title().name() + " (Số " + a.documentNumber() + ", ngày "
                        + DAY.format(a.decidedOn()) + ", " + a.decidingBody() + ")").collect(Collectors.joining("; ")))
                + " — " + text("eligibility.status." + y.status()))
                .collect(Collectors.joining("\n"));
    }

    private void section(Document document, String heading) {
        Paragraph p = new Paragraph(heading, bold);
        p.setSpacingBefore(10);
        p.setSpacingAfter(3);
        document.add(p);
    }

    private void fact(PdfPTable table, String label, String value) {
        table.addCell(plain(new Phrase(label, bold), Element.ALIGN_LEFT));
        table.addCell(plain(new Phrase(value, regular), Element.ALIGN_LEFT));
    }

    private static PdfPCell plain(Element content, int align) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setPaddingBottom(3);
        if (content instanceof Paragraph p) {
            p.setAlignment(align);
        }
        cell.addElement(content instanceof Phrase ph && !(content instanceof Paragraph) ? aligned(ph, align) : content);
        return cell;
    }

    private static Paragraph aligned(Phrase phrase, int align) {
        Paragraph p = new Paragraph(phrase);
        p.setAlignment(align);
        return p;
    }

    private static PdfPCell padded(Paragraph content) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(4);
        cell.addElement(content);
        return cell;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, VI);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
