package vn.mttq.thidua.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mttq.thidua.account.AccountService;
import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyDetails;
import vn.mttq.thidua.agency.AgencyKind;
import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.agency.AgencyEnding;
import vn.mttq.thidua.agency.AgencyStatus;
import vn.mttq.thidua.agency.EmulationCluster;
import vn.mttq.thidua.agency.UnitDetails;
import vn.mttq.thidua.agency.UnitKind;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.campaign.Campaign;
import vn.mttq.thidua.campaign.CampaignDetails;
import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.campaign.CampaignStatus;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.campaign.LegalBasisFiles;
import vn.mttq.thidua.criterion.CriterionDetails;
import vn.mttq.thidua.criterion.CriterionService;
import vn.mttq.thidua.decision.DecisionBasisService;
import vn.mttq.thidua.decision.DecisionKind;
import vn.mttq.thidua.decision.IssuingBodies;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.security.Role;

/**
 * Demo data, only with the {@code demo} profile (which {@code ./mvnw spring-boot:run} uses): the participating
 * agencies of Tiền Giang, a few invented units each, criteria, the demo accounts, the 2025 reorganisation and the
 * 2026–2030 campaign are written through the services, so they are validated and audited like any other change;
 * the history of pledges, reports and commendations 2021–2025 ({@link DemoHistory}) is inserted with SQL, as an
 * import of the paper dossiers would be, and audited as IMPORT. Loaded once, when there is no agency yet, before
 * the port opens.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {

    static final String PASSWORD = "ThiDua@2025";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Map<AgencyKind, String> CLUSTERS = Map.of(
            AgencyKind.DEPARTMENT, "Khối các sở, ban, ngành tỉnh",
            AgencyKind.MEMBER_ORGANISATION, "Khối các tổ chức chính trị - xã hội",
            AgencyKind.DISTRICT_FRONT, "Cụm thi đua Ủy ban MTTQ các huyện, thị xã, thành phố",
            AgencyKind.ARMED_FORCES, "Khối lực lượng vũ trang",
            AgencyKind.PUBLIC_SERVICE_UNIT, "Khối đơn vị sự nghiệp",
            AgencyKind.ENTERPRISE_ASSOCIATION, "Khối doanh nghiệp, hợp tác xã",
            AgencyKind.RELIGIOUS_ORGANISATION, "Khối các tổ chức tôn giáo");

    private final AgencyService agencies;
    private final UnitService units;
    private final AccountService accounts;
    private final CampaignService campaigns;
    private final CriterionService criteria;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DecisionBasisService basis;
    private final IssuingBodies issuers;
    private final LegalBasisFiles legalFiles;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final vn.mttq.thidua.cluster.ClusterService clusters;

    DemoData(AgencyService agencies, UnitService units, AccountService accounts, CampaignService campaigns,
             CriterionService criteria, TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock,
             DecisionBasisService basis, IssuingBodies issuers, LegalBasisFiles legalFiles, org.springframework.context.ApplicationEventPublisher events,
             vn.mttq.thidua.cluster.ClusterService clusters) {
        this.events = events;
        this.clusters = clusters;
        this.basis = basis;
        this.legalFiles = legalFiles;
        this.issuers = issuers;
        this.agencies = agencies;
        this.units = units;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Loads the demo once every bean is ready and before the web server opens its port (which happens later, as
     * the context finishes starting): the first request already finds the demo accounts.
     */
    @Override
    public void afterSingletonsInstantiated() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser loader = new CurrentUser(0L, "demo-data", "", "Demo data", Role.ADMIN, null, true, true, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(loader, null, loader.getAuthorities()));
        try {
            transaction.executeWithoutResult(status -> {
                if (agencies.count() > 0) {
                    log.info("Demo data: agencies are already there, nothing loaded");
                    return;
                }
                load();
            });
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void load() {
        Map<AgencyKind, EmulationCluster> clusters = new HashMap<>();
        CLUSTERS.forEach((kind, name) -> clusters.put(kind, agencies.createCluster(name, null)));
        Map<Integer, ContentArea> areas = new HashMap<>();
        campaigns.allContentAreas().forEach(area -> areas.putIfAbsent(area.getNumber(), area));

        Map<String, Agency> byShortName = new HashMap<>();
        for (String[] row : csv("demo/agencies.csv")) {
            AgencyKind kind = AgencyKind.valueOf(row[0]);
            Agency agency = agencies.create(AgencyDetails.of(kind, row[1], row[2], clusters.get(kind).getId(), "Tỉnh Tiền Giang"));
            byShortName.put(agency.getShortName(), agency);
            register(agency, "Cơ quan " + agency.getShortName(), UnitKind.OFFICE, areas.get(officeArea(kind)), null);
        }
        for (String[] row : csv("demo/units.csv")) {
            register(byShortName.get(row[0]), row[1], UnitKind.valueOf(row[2]), areas.get(Integer.parseInt(row[3])), row[4]);
        }

        criteria(areas);
        DemoHistory history = new DemoHistory(jdbc, clock, day -> basis.citations(DecisionKind.COMMENDATION, day),
                issuers.recipientsText());
        history.load(byShortName.get("Sở GD&ĐT").getId());

        accounts.createReady("admin", PASSWORD, "Nguyễn Văn An", "admin@thidua.example", Role.ADMIN, null);
        accounts.createReady("staff", PASSWORD, "Trần Thị Bình", "staff@thidua.example", Role.STAFF, null);
        accounts.createReady("rep1", PASSWORD, "Lê Minh Châu", "rep1@thidua.example", Role.AGENCY_REP, byShortName.get("Sở GD&ĐT"));
        accounts.createReady("rep2", PASSWORD, "Phạm Thị Dung", "rep2@thidua.example", Role.AGENCY_REP,
                byShortName.get("MTTQ huyện Cái Bè"));
        returnedReportsTold(byShortName.get("Sở GD&ĐT").getId());
        // members of the Emulation & Commendation Council besides the staff and the admin
        accounts.createReady("hoidong1", PASSWORD, "Võ Thành Hưng", Role.STAFF, null);
        accounts.createReady("hoidong2", PASSWORD, "Đặng Thị Kim", Role.STAFF, null);
        accounts.createReady("hoidong3", PASSWORD, "Huỳnh Quốc Việt", Role.STAFF, null);
        reorganisation(byShortName, areas);
        history.council();
        nextCampaign(history, byShortName.get("Sở GD&ĐT").getId());
        new DemoClusters(jdbc, this.clusters, clock).load(byShortName.get("Sở GD&ĐT").getId(), byShortName.get("MTTQ xã Cái Bè").getId(),
                byShortName.get("MTTQ phường Mỹ Tho").getId());
        log.info("Demo data: {} agencies, units and the accounts admin, staff, rep1, rep2 loaded", byShortName.size());
    }

    /**
     * The reorganisation of 1 July 2025: the district level abolished — the district Front committees dissolved,
     * Cái Bè's work, units and representative taken over by the Front committee of the new commune of Cái Bè — and
     * Tiền Giang and Đồng Tháp merged into one province, their health departments into the new province's.
     */
    private void reorganisation(Map<String, Agency> byShortName, Map<Integer, ContentArea> areas) {
        LocalDate july = LocalDate.of(2025, 7, 1);
        String noDistricts = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (không tổ chức cấp huyện từ 01/07/2025)";
        String oneProvince = "Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh";
        Agency caiBe = newAgency(AgencyKind.COMMUNE_FRONT, "Ủy ban MTTQ Việt Nam xã Cái Bè, tỉnh Đồng Tháp", "MTTQ xã Cái Bè",
                "Xã Cái Bè, tỉnh Đồng Tháp");
        Agency ward = newAgency(AgencyKind.COMMUNE_FRONT, "Ủy ban MTTQ Việt Nam phường Mỹ Tho, tỉnh Đồng Tháp", "MTTQ phường Mỹ Tho",
                "Phường Mỹ Tho, tỉnh Đồng Tháp");
        register(ward, "Cơ quan MTTQ phường Mỹ Tho", UnitKind.OFFICE, areas.get(1), "Phường Mỹ Tho, tỉnh Đồng Tháp");
        byShortName.put(caiBe.getShortName(), caiBe);
        byShortName.put(ward.getShortName(), ward);
        for (Agency district : byShortName.values().stream().filter(a -> a.getKind() == AgencyKind.DISTRICT_FRONT)
                .sorted(java.util.Comparator.comparing(Agency::getName)).toList()) {
            boolean toCaiBe = district.getShortName().equals("MTTQ huyện Cái Bè");
            end(district.getId(), new AgencyEnding(AgencyStatus.DISSOLVED, toCaiBe ? caiBe.getId() : null, july, noDistricts,
                    true));
        }
        Agency formerDongThap = newAgency(AgencyKind.DEPARTMENT, "Sở Y tế tỉnh Đồng Tháp (trước ngày 01/07/2025)",
                "Sở Y tế Đồng Tháp (cũ)", "Thành phố Cao Lãnh, tỉnh Đồng Tháp");
        register(formerDongThap, "Bệnh viện Đa khoa Đồng Tháp", UnitKind.HOSPITAL, areas.get(3), "Thành phố Cao Lãnh");
        Agency health = newAgency(AgencyKind.DEPARTMENT, "Sở Y tế tỉnh Đồng Tháp", "Sở Y tế Đồng Tháp",
                "Phường Mỹ Tho, tỉnh Đồng Tháp");
        end(byShortName.get("Sở Y tế").getId(), new AgencyEnding(AgencyStatus.MERGED, health.getId(), july, oneProvince, true));
        end(formerDongThap.getId(), new AgencyEnding(AgencyStatus.MERGED, health.getId(), july, oneProvince, true));
    }

    /** An agency's end, recorded as staff record it: as its confirmation page shows it. */
    private void end(Long agencyId, AgencyEnding ending) {
        agencies.end(agencyId, ending, agencies.ending(agencyId, ending).confirmation());
    }

    private Agency newAgency(AgencyKind kind, String name, String shortName, String address) {
        return agencies.create(AgencyDetails.of(kind, name, shortName, null, address));
    }

    /**
     * Today's state: the 2021–2025 campaign in its final review, and the 2026–2030 phase created from it, its
     * pledge window of this year open today and this year's annual report period about to open, and launched.
     */
    private void nextCampaign(DemoHistory history, long rep1AgencyId) {
        Campaign reference = campaigns.list().get(0);
        Campaign next = campaigns.create(new CampaignDetails(reference.getName(), reference.getNameEn(),
                reference.getShortName(), "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp",
                "Ủy ban nhân dân tỉnh Đồng Tháp", reference.getDescription(), 2026, 2030), reference.getId());
        String planTitle = "Kế hoạch phát động phong trào thi đua “Đoàn kết sáng tạo” giai đoạn 2026–2030 (dữ liệu minh họa)";
        var plan = campaigns.addDocument(next.getId(), "05/KH-MTTQ-BTT", LocalDate.of(2026, 2, 10),
                "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp", planTitle);
        byte[] pdf = planPdf("Số: 05/KH-MTTQ-BTT — Đồng Tháp, ngày 10 tháng 02 năm 2026", planTitle);
        legalFiles.attach(next.getId(), plan.getId(), "ke-hoach-05-KH-MTTQ-BTT.pdf", pdf.length,
                new java.io.ByteArrayInputStream(pdf));
        LocalDate today = LocalDate.now(clock);
        int year = Math.max(2026, Math.min(2030, today.getYear()));
        jdbc.update("update reporting_period set opens_on = ?, due_on = ?, closes_on = ? where campaign_id = ? "
                + "and kind = 'PLEDGE' and year = ?", today.minusDays(28), today.plusDays(17), today.plusDays(33),
                next.getId(), year);
        jdbc.update("update reporting_period set opens_on = ?, due_on = ?, closes_on = ? where campaign_id = ? "
                + "and kind = 'ANNUAL' and year = ?", today.plusDays(12), today.plusDays(45), today.plusDays(60),
                next.getId(), year);
        step(next.getId(), CampaignStatus.LAUNCHED, null);
        step(reference.getId(), CampaignStatus.FINAL_REVIEW, null);
        // what the history left awaiting review is closed over by an admin, and stands as not reviewed
        step(reference.getId(), CampaignStatus.CLOSED, "Tổng kết giai đoạn 2021–2025 đã xong; hồ sơ còn chờ duyệt "
                + "không được xét (dữ liệu minh họa).");
        history.nextCampaign(next.getId(), rep1AgencyId, year);
    }

    /** A step of a campaign's life, taken as its confirmation page shows it now; an admin's with its reason. */
    private void step(Long campaignId, CampaignStatus to, String reason) {
        campaigns.step(campaignId, to, campaigns.get(campaignId).getVersion(),
                campaigns.preview(campaignId, to).confirmation(), reason);
    }

    /**
     * The reports of the history that stand returned tell the agency's representatives so in their inbox, as the
     * application tells them when staff return one (the history is imported, so nothing told them at the time).
     */
    private void returnedReportsTold(long agencyId) {
        jdbc.queryForList("""
                select r.id, r.return_reason, u.name as unit, p.name as period
                from report r join unit u on u.id = r.unit_id join reporting_period p on p.id = r.period_id
                where r.status = 'RETURNED' and u.agency_id = ? order by p.due_on""", agencyId)
                .forEach(r -> events.publishEvent(vn.mttq.thidua.shared.Notify.agency("REPORT_RETURNED", agencyId,
                        "REPORT_RETURNED:" + r.get("id") + ":history", "/reports/" + r.get("id"), (String) r.get("period"),
                        (String) r.get("unit"), (String) r.get("return_reason"))));
    }

    /** A one-page PDF standing for the plan's scanned original, with the embedded Unicode font. */
    private static byte[] planPdf(String numberAndDate, String title) {
        try (InputStream font = new ClassPathResource("fonts/DejaVuSerif.ttf").getInputStream()) {
            com.lowagie.text.pdf.BaseFont base = com.lowagie.text.pdf.BaseFont.createFont("DejaVuSerif.ttf",
                    com.lowagie.text.pdf.BaseFont.IDENTITY_H, true, true, font.readAllBytes(), null);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            com.lowagie.text.Document document = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4, 85, 43, 57, 57);
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.open();
            document.add(new com.lowagie.text.Paragraph("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG THÁP — BAN THƯỜNG TRỰC",
                    new com.lowagie.text.Font(base, 11)));
            document.add(new com.lowagie.text.Paragraph(numberAndDate, new com.lowagie.text.Font(base, 11)));
            document.add(new com.lowagie.text.Paragraph(title, new com.lowagie.text.Font(base, 14)));
            document.add(new com.lowagie.text.Paragraph("Bản minh họa của dữ liệu mẫu: văn bản thật do Ban Thường trực ban hành "
                    + "được quét và đính kèm tại đây.", new com.lowagie.text.Font(base, 11)));
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same tree of criteria, 100 points in all, for every content area. */
    private void criteria(Map<Integer, ContentArea> areas) {
        String[][] tree = {
            {"I", "", "Công tác tổ chức phong trào", "20", "0"},
            {"1.1", "I", "Xây dựng kế hoạch, phát động phong trào", "10", "0"},
            {"1.2", "I", "Tuyên truyền, tổ chức đăng ký thi đua", "10", "0"},
            {"II", "", "Kết quả thực hiện chỉ tiêu đăng ký", "50", "0"},
            {"2.1", "II", "Hoàn thành các chỉ tiêu đã đăng ký", "30", "5"},
            {"2.2", "II", "Chất lượng, hiệu quả công việc", "20", "0"},
            {"III", "", "Sáng kiến, mô hình hay", "20", "0"},
            {"3.1", "III", "Sáng kiến được công nhận", "10", "5"},
            {"3.2", "III", "Nhân rộng điển hình tiên tiến", "10", "0"},
            {"IV", "", "Sơ kết, tổng kết, khen thưởng", "10", "0"},
            {"4.1", "IV", "Báo cáo đầy đủ, đúng hạn", "10", "0"}};
        for (ContentArea area : areas.values()) {
            Map<String, Long> ids = new HashMap<>();
            int order = 0;
            for (String[] row : tree) {
                ids.put(row[0], criteria.create(new CriterionDetails(area.getId(), row[1].isEmpty() ? null : ids.get(row[1]),
                        row[0], row[2], new java.math.BigDecimal(row[3]), new java.math.BigDecimal(row[4]), order++)).getId());
            }
        }
    }

    private void register(Agency agency, String name, UnitKind kind, ContentArea area, String address) {
        units.register(agency.getId(), UnitDetails.of(name, area.getId(), kind, address));
    }

    private static int officeArea(AgencyKind kind) {
        return switch (kind) {
            case ARMED_FORCES -> 4;
            case PUBLIC_SERVICE_UNIT -> 3;
            case ENTERPRISE_ASSOCIATION -> 2;
            case RELIGIOUS_ORGANISATION -> 5;
            default -> 1;
        };
    }

    /** The rows of a small CSV file with a header, quoted fields allowed. */
    static List<String[]> csv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
