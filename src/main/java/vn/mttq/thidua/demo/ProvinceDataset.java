package vn.mttq.thidua.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.decision.DecisionBasisService;
import vn.mttq.thidua.decision.DecisionKind;
import vn.mttq.thidua.decision.IssuingBodies;
import vn.mttq.thidua.shared.SearchText;

/**
 * A province-sized dataset on top of the demo, for measuring the application at the size it will have: per province
 * (scale 1) about 300 agencies with their 3,000 units and one representative each, their participation in both
 * campaigns, 15,000 pledges with 5 targets, 20,000 reports of the 2021–2025 campaign's seven report periods with
 * scores, achievements and initiatives (late, returned, draft and missing ones among them), 5,000 nominations,
 * 1,000 decisions and 200,000 audit records. A scale above 1 adds provinces (34 for the country, each named after
 * one of the provinces of 2025); below 1 it makes one smaller province. The same seed gives the same data.
 * <p>
 * Written with PostgreSQL's COPY, table by table and province by province, as an import would be, and audited as
 * such; it runs once, on a database with the demo and nothing more.
 */
@Component
public class ProvinceDataset {

    private static final Logger log = LoggerFactory.getLogger(ProvinceDataset.class);
    /** Per province at scale 1; the units (4 to 16 an agency), pledges and reports follow from the agencies. */
    static final int AGENCIES_PER_PROVINCE = 300;
    static final int AUDIT_PER_PROVINCE = 200_000;
    static final int NOMINATIONS_PER_PROVINCE = 5_000;
    static final int DECISIONS_PER_PROVINCE = 1_000;

    private static final String[] PROVINCES = {"tỉnh Đồng Tháp", "thành phố Hà Nội", "thành phố Hồ Chí Minh",
        "thành phố Hải Phòng", "thành phố Đà Nẵng", "thành phố Cần Thơ", "thành phố Huế", "tỉnh An Giang", "tỉnh Cà Mau",
        "tỉnh Vĩnh Long", "tỉnh Tây Ninh", "tỉnh Đồng Nai", "tỉnh Lâm Đồng", "tỉnh Khánh Hòa", "tỉnh Đắk Lắk",
        "tỉnh Gia Lai", "tỉnh Quảng Ngãi", "tỉnh Quảng Trị", "tỉnh Hà Tĩnh", "tỉnh Nghệ An", "tỉnh Thanh Hóa",
        "tỉnh Ninh Bình", "tỉnh Hưng Yên", "tỉnh Bắc Ninh", "tỉnh Quảng Ninh", "tỉnh Lạng Sơn", "tỉnh Cao Bằng",
        "tỉnh Thái Nguyên", "tỉnh Phú Thọ", "tỉnh Tuyên Quang", "tỉnh Lào Cai", "tỉnh Sơn La", "tỉnh Điện Biên",
        "tỉnh Lai Châu"};
    private static final String[] PLACE_FIRST = {"Tân", "Mỹ", "Long", "Phú", "An", "Bình", "Hòa", "Vĩnh", "Thạnh", "Phước",
        "Thới", "Hưng"};
    private static final String[] PLACE_SECOND = {"Hưng", "Phong", "Thuận", "Hiệp", "Đông", "Tây", "Lợi", "Thới", "Khánh",
        "Bình", "Mỹ", "Hòa", "Điền", "Trung", "Long", "Định", "An", "Phú", "Thành", "Quới", "Nhơn", "Xuân"};
    private static final String[] DEPARTMENTS = {"Văn phòng Ủy ban nhân dân", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính",
        "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ",
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Dân tộc và Tôn giáo", "Thanh tra",
        "Sở Ngoại vụ", "Ban Quản lý các khu công nghiệp", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
        "Ban Tuyên giáo và Dân vận", "Ban Tổ chức", "Ủy ban Kiểm tra", "Văn phòng", "Kho bạc Nhà nước khu vực",
        "Bảo hiểm xã hội", "Cục Thuế", "Ngân hàng Nhà nước chi nhánh", "Cục Thống kê"};
    private static final String[] MEMBER_ORGANISATIONS = {"Liên đoàn Lao động", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên",
        "Hội Nông dân", "Hội Cựu chiến binh", "Hội Chữ thập đỏ", "Hội Người cao tuổi", "Hội Khuyến học",
        "Liên hiệp các Hội Khoa học và Kỹ thuật", "Hội Luật gia"};
    private static final String[] PUBLIC_SERVICES = {"Bệnh viện Đa khoa", "Bệnh viện Y học cổ truyền", "Bệnh viện Nhi",
        "Trường Cao đẳng Y tế", "Trường Cao đẳng Nghề", "Trường Chính trị", "Đài Phát thanh và Truyền hình", "Báo",
        "Trung tâm Kiểm soát bệnh tật", "Trung tâm Xúc tiến Thương mại và Đầu tư", "Trung tâm Khuyến nông",
        "Thư viện", "Bảo tàng", "Trung tâm Phục vụ hành chính công", "Trung tâm Công nghệ thông tin",
        "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Trường Đại học", "Trung tâm Y tế khu vực",
        "Quỹ Bảo trợ trẻ em", "Trung tâm Bảo trợ xã hội"};
    private static final String[] ENTERPRISES = {"Hiệp hội Doanh nghiệp", "Liên minh Hợp tác xã", "Hội Doanh nhân trẻ",
        "Hiệp hội Thủy sản", "Hiệp hội Lương thực", "Hội Làm vườn", "Hội Doanh nghiệp nữ", "Công ty Điện lực",
        "Công ty Cổ phần Cấp nước", "Công ty Xổ số kiến thiết", "Tổng công ty Nông nghiệp", "Công ty Cổ phần Dược",
        "Công ty Cổ phần Xây lắp", "Công ty TNHH Một thành viên Công trình đô thị", "Hiệp hội Du lịch"};
    private static final String[] ARMED = {"Công an", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng",
        "Ban Chỉ huy Phòng thủ khu vực 1", "Ban Chỉ huy Phòng thủ khu vực 2"};
    private static final String[] RELIGIOUS = {"Ban Trị sự Giáo hội Phật giáo Việt Nam", "Ban Đại diện Cộng đồng Hồi giáo",
        "Ban Đại diện Hội thánh Tin Lành", "Ban Đại diện Cao Đài", "Ban Trị sự Phật giáo Hòa Hảo", "Ủy ban Đoàn kết Công giáo",
        "Ban Đại diện Tịnh độ Cư sĩ Phật hội", "Ban Trị sự Tứ Ân Hiếu Nghĩa", "Hội đồng Chưởng quản Bửu Sơn Kỳ Hương",
        "Ban Đại diện Minh Sư đạo"};
    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
        "Huỳnh", "Hoàng", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Lý", "Đinh", "Mai", "Tô"};
    private static final String[] MIDDLE_MALE = {"Văn", "Minh", "Quốc", "Hữu", "Thanh", "Hoàng", "Đức", "Công", "Tấn"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Ngọc", "Thị Kim", "Thanh", "Thị Thu", "Bích", "Mỹ"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Hiếu", "Khoa", "Long", "Nam",
        "Phúc", "Quang", "Sơn", "Tâm", "Thành", "Trí", "Tuấn", "Việt", "Vinh", "Lộc", "Nghĩa", "Toàn"};
    private static final String[] GIVEN_FEMALE = {"Châu", "Dung", "Hạnh", "Hằng", "Lan", "Linh", "Mai", "Nhung", "Oanh",
        "Phương", "Quyên", "Thảo", "Trang", "Uyên", "Vy", "Yến", "Loan", "Hoa", "Ngân", "Tuyết"};
    private static final String[] POSITIONS = {"Chủ tịch", "Phó Chủ tịch", "Trưởng ban", "Trưởng phòng", "Chuyên viên",
        "Giáo viên", "Bác sĩ", "Trưởng ấp", "Giám đốc", "Cán bộ"};
    private static final String[][] TARGETS = {
        {"Tỷ lệ hồ sơ giải quyết đúng hạn|%|98", "Số sáng kiến cải tiến được áp dụng|sáng kiến|3",
            "Tỷ lệ cán bộ hoàn thành tốt nhiệm vụ|%|95", "Số văn bản điện tử ký số|văn bản|1200",
            "Số buổi sinh hoạt chuyên đề|buổi|12"},
        {"Tăng năng suất lao động so với năm trước|%|8", "Doanh thu|triệu đồng|12000",
            "Số sản phẩm đạt chuẩn OCOP hoặc VietGAP|sản phẩm|2", "Số lao động có việc làm ổn định|người|45",
            "Nộp ngân sách|triệu đồng|900"},
        {"Tỷ lệ học sinh, người bệnh hài lòng|%|95", "Số đề tài nghiên cứu được nghiệm thu|đề tài|4",
            "Tỷ lệ viên chức đạt chuẩn|%|100", "Số dịch vụ công trực tuyến toàn trình|dịch vụ|6",
            "Số lượt tập huấn chuyên môn|lượt|20"},
        {"Tỷ lệ vụ việc được xử lý dứt điểm|%|95", "Số buổi tuyên truyền pháp luật ở cơ sở|buổi|24",
            "Số mô hình dân vận khéo|mô hình|2", "Tỷ lệ tuyển quân đạt chỉ tiêu|%|100",
            "Số tổ tự quản an ninh trật tự|tổ|10"},
        {"Số hộ nghèo được hỗ trợ xây nhà Đại đoàn kết|căn|5", "Số tiền vận động quỹ Vì người nghèo|triệu đồng|300",
            "Tỷ lệ khu dân cư đạt chuẩn văn hóa|%|90", "Số cơ sở tôn giáo tham gia bảo vệ môi trường|cơ sở|6",
            "Số suất học bổng trao cho học sinh nghèo|suất|40"}};
    private static final String[] INITIATIVES = {
        "Số hóa hồ sơ thi đua, khen thưởng|Chuyển đổi số", "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới|Dân vận",
        "Quy trình một cửa liên thông rút ngắn thời gian giải quyết hồ sơ|Cải cách hành chính",
        "Ứng dụng tưới nhỏ giọt cho vườn sầu riêng|Nông nghiệp", "Tổ tự quản đảm bảo an ninh trật tự khu dân cư|An ninh trật tự",
        "Câu lạc bộ khởi nghiệp của phụ nữ nông thôn|Kinh tế", "Góc học tập cộng đồng cho trẻ em vùng sông nước|Giáo dục",
        "Mô hình “Tuyến đường xanh - sạch - đẹp”|Môi trường", "Sổ tay điện tử hướng dẫn thủ tục cho người dân|Chuyển đổi số",
        "Bếp ăn tình thương tại bệnh viện|An sinh xã hội"};
    private static final String[] RETURN_REASONS = {
        "Chỉ tiêu chưa lượng hóa được, đề nghị ghi rõ số liệu.", "Thiếu minh chứng cho chỉ tiêu 2, đề nghị bổ sung.",
        "Điểm tự chấm tiêu chí 2.1 chưa khớp với kết quả thực hiện.", "Báo cáo chưa có xác nhận của thủ trưởng đơn vị."};
    private static final String[] TITLES_AIMED = {"ADVANCED_LABOUR_COLLECTIVE", "ADVANCED_LABOUR_COLLECTIVE",
        "EXCELLENT_LABOUR_COLLECTIVE", "EMULATION_FLAG", "CERTIFICATE_OF_MERIT"};

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DecisionBasisService basis;
    private final IssuingBodies issuers;

    ProvinceDataset(JdbcTemplate jdbc, Clock clock, DecisionBasisService basis, IssuingBodies issuers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.basis = basis;
        this.issuers = issuers;
    }

    /** Generates the dataset; does nothing if the database already holds more than the demo. Returns rows per table. */
    public Map<String, Long> generate(double scale, long seed) {
        if (scale <= 0 || scale > 100) {
            throw new IllegalArgumentException("scale must be above 0 and at most 100, not " + scale);
        }
        Long campaigns = jdbc.queryForObject("select count(*) from campaign", Long.class);
        Long agencies = jdbc.queryForObject("select count(*) from agency", Long.class);
        if (campaigns == null || campaigns < 2 || agencies == null || agencies == 0) {
            throw new IllegalStateException("the dataset is generated on top of the demo data (profile demo): load it first");
        }
        if (agencies > 100) {
            log.info("Dataset: {} agencies already, nothing generated", agencies);
            return counts();
        }
        int provinces = (int) Math.ceil(scale);
        double size = scale / provinces;
        Reference reference = new Reference();
        long started = System.nanoTime();
        for (int p = 0; p < provinces; p++) {
            new Province(reference, p, size, new Random(seed * 1_000_003L + p)).write();
            log.info("Dataset: province {} of {} written ({} s)", p + 1, provinces, (System.nanoTime() - started) / 1_000_000_000);
        }
        jdbc.update("""
                insert into number_counter (kind, year, last_number)
                select 'DECISION', year, max(number) from decision where number is not null group by year
                on conflict (kind, year) do update set last_number = greatest(number_counter.last_number, excluded.last_number)""");
        jdbc.update("""
                insert into number_counter (kind, year, last_number)
                select 'REGISTRY', cast(split_part(registry_number, '-', 2) as integer),
                       max(cast(split_part(registry_number, '-', 3) as integer))
                from nomination where registry_number like 'SV-%' group by 2
                on conflict (kind, year) do update set last_number = greatest(number_counter.last_number, excluded.last_number)""");
        jdbc.execute("vacuum (analyze)");
        Map<String, Long> counts = counts();
        log.info("Dataset: scale {}, seed {}, written in {} s: {}", scale, seed, (System.nanoTime() - started) / 1_000_000_000, counts);
        return counts;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"agency", "unit", "account", "participation", "pledge", "pledge_target", "report",
                "report_score", "report_achievement", "initiative", "nomination", "decision", "audit_record"}) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    /** What the demo set up and every province uses: campaigns, areas, criteria, periods, forms, clusters. */
    private final class Reference {
        final long firstCampaign;
        final long nextCampaign;
        /** content area id by campaign id and area number (1–5) */
        final Map<Long, long[]> areas = new HashMap<>();
        /** leaf criteria (id, max points) by content area id */
        final Map<Long, List<Object[]>> leaves = new HashMap<>();
        final List<Map<String, Object>> reportPeriods;
        final int pledgeYearNow;
        final Map<String, Long> forms = new HashMap<>();
        final Map<String, Long> clusters = new HashMap<>();
        final String passwordHash;
        final Set<String> agencyNames = new HashSet<>();
        final ZoneId zone = clock.getZone();
        final String recipients = issuers.recipientsText();
        final Map<Integer, String> citations = new HashMap<>();

        Reference() {
            List<Long> ids = jdbc.queryForList("select id from campaign order by start_year", Long.class);
            firstCampaign = ids.get(0);
            nextCampaign = ids.get(ids.size() - 1);
            for (Map<String, Object> area : jdbc.queryForList("select id, campaign_id, number from content_area")) {
                areas.computeIfAbsent((Long) area.get("campaign_id"), c -> new long[6])[(Integer) area.get("number")] =
                        (Long) area.get("id");
            }
            for (Map<String, Object> leaf : jdbc.queryForList("""
                    select c.id, c.content_area_id, c.max_points from criterion c
                    where not exists (select 1 from criterion k where k.parent_id = c.id) order by c.sort_order, c.code""")) {
                leaves.computeIfAbsent((Long) leaf.get("content_area_id"), a -> new ArrayList<>())
                        .add(new Object[] {leaf.get("id"), leaf.get("max_points")});
            }
            reportPeriods = jdbc.queryForList("""
                    select id, kind, year, name, due_on, closes_on from reporting_period
                    where campaign_id = ? and kind <> 'PLEDGE' and closes_on < ? order by opens_on""",
                    firstCampaign, LocalDate.now(clock));
            pledgeYearNow = LocalDate.now(clock).getYear();
            jdbc.queryForList("select id, code from commendation_form").forEach(f -> forms.put((String) f.get("code"), (Long) f.get("id")));
            jdbc.queryForList("select id, name from emulation_cluster").forEach(c -> clusters.put((String) c.get("name"), (Long) c.get("id")));
            passwordHash = jdbc.queryForObject("select password_hash from account where username = 'rep1'", String.class);
            agencyNames.addAll(jdbc.queryForList("select lower(name) from agency", String.class));
        }

        long area(long campaign, int number) {
            return areas.get(campaign)[number];
        }

        String citations(int year) {
            return citations.computeIfAbsent(year, y -> basis.citations(DecisionKind.COMMENDATION, LocalDate.of(y, 2, 20)));
        }

        long cluster(String name) {
            return clusters.computeIfAbsent(name, n -> jdbc.queryForObject(
                    "insert into emulation_cluster (name) values (?) returning id", Long.class, n));
        }
    }

    private record GeneratedUnit(long id, long agencyId, String name, String agencyName, String kind, int area, boolean carried,
                           LocalDate withdrawn) {
    }

    private record GeneratedReport(long id, GeneratedUnit unit, int year, String periodKind, String status, BigDecimal total) {
    }

    /** One province: its agencies and everything under them. */
    private final class Province {
        private final Reference ref;
        private final int number;
        private final double size;
        private final Random random;
        private final String province;
        private final List<Object[]> audit = new ArrayList<>();

        Province(Reference ref, int number, double size, Random random) {
            this.ref = ref;
            this.number = number;
            this.size = size;
            this.random = random;
            this.province = PROVINCES[number % PROVINCES.length] + (number >= PROVINCES.length ? " " + (number / PROVINCES.length + 1) : "");
        }

        void write() {
            List<GeneratedUnit> units = agenciesAndUnits();
            participation(units);
            Map<String, long[]> pledges = pledges(units);
            List<GeneratedReport> reports = reports(units, pledges);
            int decisions = (int) Math.round(DECISIONS_PER_PROVINCE * size);
            nominationsAndDecisions(units, reports, decisions);
            topUpAudit((int) Math.round(AUDIT_PER_PROVINCE * size));
        }

        // ---- agencies, units, accounts

        private List<GeneratedUnit> agenciesAndUnits() {
            int total = Math.max(10, (int) Math.round(AGENCIES_PER_PROVINCE * size));
            List<String[]> planned = new ArrayList<>(); // kind, name, short name, cluster
            String where = province.substring(province.indexOf(' ') + 1);
            addFrom(planned, "DEPARTMENT", DEPARTMENTS, total * 25 / 300, "Khối các sở, ban, ngành tỉnh");
            addFrom(planned, "MEMBER_ORGANISATION", MEMBER_ORGANISATIONS, total * 8 / 300, "Khối các tổ chức chính trị - xã hội");
            addFrom(planned, "PUBLIC_SERVICE_UNIT", PUBLIC_SERVICES, total * 20 / 300, "Khối đơn vị sự nghiệp");
            addFrom(planned, "ENTERPRISE_ASSOCIATION", ENTERPRISES, total * 15 / 300, "Khối doanh nghiệp, hợp tác xã");
            addFrom(planned, "ARMED_FORCES", ARMED, Math.max(1, total * 4 / 300), "Khối lực lượng vũ trang");
            addFrom(planned, "RELIGIOUS_ORGANISATION", RELIGIOUS, total * 8 / 300, "Khối các tổ chức tôn giáo");
            List<String> places = places();
            int communes = total - planned.size();
            for (int i = 0; i < communes && i < places.size(); i++) {
                String level = i % 6 == 0 ? "phường" : "xã";
                planned.add(new String[] {"COMMUNE_FRONT", "Ủy ban MTTQ Việt Nam " + level + " " + places.get(i) + ", " + province,
                        "MTTQ " + level + " " + places.get(i), "Cụm thi đua Ủy ban MTTQ các xã, phường", places.get(i)});
            }
            List<Object[]> rows = new ArrayList<>();
            List<String[]> kept = new ArrayList<>();
            for (String[] a : planned) {
                if (ref.agencyNames.add(a[1].toLowerCase(java.util.Locale.ROOT))) {
                    String address = a[0].equals("COMMUNE_FRONT") ? a[2].substring(5) + ", " + province : where;
                    rows.add(new Object[] {a[0], a[1], a[2], ref.cluster(a[3]), address, "0277 38" + (10000 + random.nextInt(89999)),
                            SearchText.key(a[1], a[2])});
                    kept.add(a);
                }
            }
            List<Long> ids = copy("agency", "kind, name, short_name, cluster_id, address, phone, search_key", rows);
            List<Object[]> accounts = new ArrayList<>();
            List<Object[]> unitRows = new ArrayList<>();
            List<Object[]> plan = new ArrayList<>(); // agency id, agency name, name, kind, area, carried, withdrawn
            for (int i = 0; i < ids.size(); i++) {
                long agency = ids.get(i);
                String[] a = kept.get(i);
                audit(at(2021, 1, 5), "admin", "IMPORT", "Agency", agency, "{\"kind\":\"" + a[0] + "\",\"name\":" + json(a[1]) + "}");
                boolean female = random.nextBoolean();
                String person = person(female);
                String username = "dv" + (number + 1) + "-" + (i + 1);
                accounts.add(new Object[] {username, ref.passwordHash, person, username + "@thidua.example", "AGENCY_REP", agency,
                        SearchText.key(username, person, username + "@thidua.example")});
                Set<String> names = new HashSet<>();
                int count = 4 + random.nextInt(13);
                for (int u = 0; u < count; u++) {
                    String[] unit = unitFor(a, u);
                    String name = unit[0];
                    for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                        name = unit[0] + " số " + n;
                    }
                    int area = areaOf(unit[1]);
                    boolean carried = random.nextInt(10) < 8;
                    LocalDate withdrawn = random.nextInt(40) == 0 ? LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
                    long areaId = ref.area(carried && withdrawn == null ? ref.nextCampaign : ref.firstCampaign, area);
                    unitRows.add(new Object[] {agency, areaId, name, unit[1], unit[2], withdrawn == null ? "ACTIVE" : "WITHDRAWN",
                            withdrawn == null ? null : Timestamp.from(withdrawn.atTime(9, 0).atZone(ref.zone).toInstant()),
                            withdrawn == null ? null : "Đơn vị giải thể theo quyết định sắp xếp tổ chức bộ máy.",
                            SearchText.key(name, unit[2])});
                    plan.add(new Object[] {agency, a[1], name, unit[1], area, carried && withdrawn == null, withdrawn});
                }
            }
            copy("account", "username, password_hash, full_name, email, role, agency_id, search_key", accounts);
            List<Long> unitIds = copy("unit", "agency_id, content_area_id, name, kind, address, status, withdrawn_at, withdrawal_reason, search_key",
                    unitRows);
            List<GeneratedUnit> units = new ArrayList<>(unitIds.size());
            for (int i = 0; i < unitIds.size(); i++) {
                Object[] u = plan.get(i);
                units.add(new GeneratedUnit(unitIds.get(i), (Long) u[0], (String) u[2], (String) u[1], (String) u[3], (Integer) u[4],
                        (Boolean) u[5], (LocalDate) u[6]));
                audit(at(2021, 1, 10), "admin", "IMPORT", "Unit", unitIds.get(i), "{\"name\":" + json((String) u[2]) + "}");
                if (u[6] != null) {
                    audit(Timestamp.from(((LocalDate) u[6]).atTime(10, 0).atZone(ref.zone).toInstant()), "staff", "WITHDRAW", "Unit",
                            unitIds.get(i), "{\"status\":\"WITHDRAWN\"}");
                }
            }
            return units;
        }

        private void addFrom(List<String[]> planned, String kind, String[] names, int count, String cluster) {
            for (int i = 0; i < count; i++) {
                String base = names[i % names.length];
                String name = base + (i >= names.length ? " khu vực " + (i / names.length + 1) : "") + " " + province;
                planned.add(new String[] {kind, name, base + (i >= names.length ? " " + (i / names.length + 1) : ""), cluster, base});
            }
        }

        private List<String> places() {
            List<String> places = new ArrayList<>();
            for (String first : PLACE_FIRST) {
                for (String second : PLACE_SECOND) {
                    if (!first.equals(second)) {
                        places.add(first + " " + second);
                    }
                }
            }
            java.util.Collections.shuffle(places, random);
            return places;
        }

        /** A unit of the agency: name, kind, address. */
        private String[] unitFor(String[] agency, int index) {
            String kind = agency[0];
            String place = agency[4];
            if (index == 0) {
                return new String[] {"Cơ quan " + agency[2], "OFFICE", province};
            }
            String hamlet = PLACE_FIRST[random.nextInt(PLACE_FIRST.length)] + " " + PLACE_SECOND[random.nextInt(PLACE_SECOND.length)];
            switch (kind) {
                case "COMMUNE_FRONT" -> {
                    String[][] choices = {
                        {"Ban Công tác Mặt trận ấp " + hamlet, "RESIDENTIAL_AREA"}, {"Ban Công tác Mặt trận ấp " + hamlet, "RESIDENTIAL_AREA"},
                        {"Ban Công tác Mặt trận khu phố " + (1 + random.nextInt(9)), "RESIDENTIAL_AREA"},
                        {"Trường Tiểu học " + place, "SCHOOL"}, {"Trường THCS " + place, "SCHOOL"}, {"Trạm Y tế " + place, "HOSPITAL"},
                        {"Hợp tác xã nông nghiệp " + hamlet, "COOPERATIVE"}, {"Công an xã " + place, "POLICE"},
                        {"Ban Chỉ huy Quân sự xã " + place, "MILITARY"}, {"Chùa " + hamlet, "RELIGIOUS"},
                        {"Hộ kinh doanh " + person(random.nextBoolean()), "HOUSEHOLD"}, {"Chi hội Phụ nữ ấp " + hamlet, "OFFICE"}};
                    String[] c = choices[random.nextInt(choices.length)];
                    return new String[] {c[0], c[1], "Ấp " + hamlet + ", xã " + place};
                }
                case "PUBLIC_SERVICE_UNIT" -> {
                    String[][] choices = {{"Khoa ", "HOSPITAL"}, {"Phòng ", "OFFICE"}, {"Trung tâm ", "RESEARCH"}, {"Bộ môn ", "SCHOOL"}};
                    String[] c = choices[random.nextInt(choices.length)];
                    return new String[] {c[0] + pick(new String[] {"Nội", "Ngoại", "Nhi", "Kế hoạch", "Tổ chức", "Đào tạo",
                        "Công nghệ", "Nghiên cứu", "Dịch vụ", "Truyền thông", "Khảo thí", "Hành chính"}), c[1], province};
                }
                case "ENTERPRISE_ASSOCIATION" -> {
                    String[][] choices = {{"Công ty TNHH ", "ENTERPRISE"}, {"Công ty Cổ phần ", "ENTERPRISE"},
                        {"Hợp tác xã ", "COOPERATIVE"}, {"Cơ sở sản xuất ", "HOUSEHOLD"}};
                    String[] c = choices[random.nextInt(choices.length)];
                    return new String[] {c[0] + pick(new String[] {"Thủy sản", "Gạo", "Trái cây", "Dừa", "Cơ khí", "Vận tải",
                        "Xây dựng", "Thực phẩm", "Du lịch sinh thái", "Phân bón"}) + " " + hamlet, c[1], "Khu công nghiệp " + hamlet};
                }
                case "ARMED_FORCES" -> {
                    String[][] choices = {{"Phòng Cảnh sát ", "POLICE"}, {"Đội ", "POLICE"}, {"Tiểu đoàn ", "MILITARY"},
                        {"Đồn Biên phòng ", "BORDER_POST"}};
                    String[] c = choices[random.nextInt(choices.length)];
                    return new String[] {c[0] + pick(new String[] {"Hình sự", "Giao thông", "Kinh tế", "Cơ động", "Huấn luyện",
                        hamlet}), c[1], province};
                }
                case "RELIGIOUS_ORGANISATION" -> {
                    return new String[] {pick(new String[] {"Chùa ", "Giáo xứ ", "Thánh thất ", "Chi hội Tin Lành ", "Tịnh xá "}) + hamlet,
                        "RELIGIOUS", hamlet + ", " + province};
                }
                default -> {
                    return new String[] {pick(new String[] {"Phòng ", "Chi cục ", "Trung tâm ", "Văn phòng ", "Ban "})
                        + pick(new String[] {"Tổng hợp", "Kế hoạch - Tài chính", "Thanh tra", "Pháp chế", "Quản lý chất lượng",
                        "Hành chính - Quản trị", "Tổ chức cán bộ", "Chuyển đổi số", "Nghiệp vụ", "Thi đua - Khen thưởng",
                        "Phát triển nông thôn", "Quản lý đô thị", "Văn hóa cơ sở"}), "OFFICE", province};
                }
            }
        }

        private static int areaOf(String unitKind) {
            return switch (unitKind) {
                case "ENTERPRISE", "COOPERATIVE", "HOUSEHOLD" -> 2;
                case "SCHOOL", "HOSPITAL", "RESEARCH" -> 3;
                case "MILITARY", "POLICE", "BORDER_POST" -> 4;
                case "RELIGIOUS", "RESIDENTIAL_AREA" -> 5;
                default -> 1;
            };
        }

        private void participation(List<GeneratedUnit> units) {
            List<Object[]> rows = new ArrayList<>();
            for (GeneratedUnit unit : units) {
                rows.add(new Object[] {unit.id(), ref.firstCampaign, ref.area(ref.firstCampaign, unit.area()), "import",
                    at(2021, 1, 12)});
                if (unit.carried()) {
                    rows.add(new Object[] {unit.id(), ref.nextCampaign, ref.area(ref.nextCampaign, unit.area()), "import",
                        at(2026, 2, 20)});
                }
            }
            List<Long> ids = copy("participation", "unit_id, campaign_id, content_area_id, registered_by, registered_at", rows);
            for (int i = 0; i < ids.size(); i++) {
                audit((Timestamp) rows.get(i)[4], "import", "IMPORT", "Participation", ids.get(i), null);
            }
        }

        // ---- pledges

        /** Pledges of 2021–2025 and of this year; returns the accepted ones' target ids and values by "unit/year". */
        private Map<String, long[]> pledges(List<GeneratedUnit> units) {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> plan = new ArrayList<>();
            for (GeneratedUnit unit : units) {
                for (int year = 2021; year <= ref.pledgeYearNow; year++) {
                    boolean now = year == ref.pledgeYearNow;
                    if (unit.withdrawn() != null && year >= unit.withdrawn().getYear()) {
                        break;
                    }
                    if (now ? !unit.carried() || random.nextInt(10) < 6 : random.nextInt(100) < 7) {
                        continue;
                    }
                    String status = now ? pick(new String[] {"SUBMITTED", "SUBMITTED", "SUBMITTED", "DRAFT", "ACCEPTED", "RETURNED"})
                            : year < ref.pledgeYearNow - 2 ? "ACCEPTED"
                            : pick(new String[] {"ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED",
                                "ACCEPTED", "SUBMITTED", "RETURNED"});
                    boolean late = !status.equals("DRAFT") && random.nextInt(9) == 0;
                    Timestamp submitted = status.equals("DRAFT") ? null
                            : now ? Timestamp.from(LocalDate.now(clock).atStartOfDay(ref.zone).toInstant().minusSeconds(3600L * (2 + random.nextInt(600))))
                            : at(year, late ? 4 : 1 + random.nextInt(3), 1 + random.nextInt(28));
                    boolean reviewed = status.equals("ACCEPTED") || status.equals("RETURNED");
                    rows.add(new Object[] {unit.id(), year, pick(TITLES_AIMED), person(random.nextBoolean()), "Thủ trưởng đơn vị", status,
                        submitted, status.equals("RETURNED") ? pick(RETURN_REASONS) : null, reviewed ? "staff" : null,
                        reviewed ? new Timestamp(submitted.getTime() + 86_400_000L * (3 + random.nextInt(20))) : null,
                        SearchText.key(unit.name(), unit.agencyName()), late});
                    plan.add(new Object[] {unit, year, status});
                }
            }
            List<Long> ids = copy("pledge", "unit_id, year, title_aimed, signatory_name, signatory_position, status, submitted_at, "
                    + "return_reason, reviewed_by, reviewed_at, search_key, late", rows);
            List<Object[]> targets = new ArrayList<>();
            List<Object[]> submissions = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                GeneratedUnit unit = (GeneratedUnit) plan.get(i)[0];
                String status = (String) plan.get(i)[2];
                String[] set = TARGETS[unit.area() - 1];
                for (int t = 0; t < set.length; t++) {
                    String[] target = set[t].split("\\|");
                    BigDecimal value = new BigDecimal(target[2]);
                    if (!target[1].equals("%")) {
                        value = value.multiply(BigDecimal.valueOf(0.5 + random.nextDouble())).setScale(0, java.math.RoundingMode.HALF_UP).max(BigDecimal.ONE);
                    }
                    targets.add(new Object[] {ids.get(i), t + 1, target[0], target[1], value});
                }
                Object[] row = rows.get(i);
                Timestamp submitted = (Timestamp) row[6];
                audit(submitted == null ? at((Integer) row[1], 1, 10) : new Timestamp(submitted.getTime() - 3_600_000L), "import", "IMPORT",
                        "Pledge", ids.get(i), null);
                if (submitted != null) {
                    submissions.add(new Object[] {"PLEDGE", ids.get(i), 1, submitted, "import", row[11], "{}"});
                    audit(submitted, "dv" + (number + 1), "SUBMIT", "Pledge", ids.get(i), "{\"status\":\"SUBMITTED\"}");
                }
                if (row[9] != null) {
                    audit((Timestamp) row[9], "staff", status.equals("ACCEPTED") ? "ACCEPT" : "RETURN", "Pledge", ids.get(i),
                            "{\"status\":\"" + status + "\"}");
                }
            }
            List<Long> targetIds = copy("pledge_target", "pledge_id, position, name, measure, target_value", targets);
            copy("submission", "entity_type, entity_id, number, submitted_at, submitted_by, late, content", submissions);
            Map<String, long[]> accepted = new HashMap<>();
            for (int i = 0, t = 0; i < ids.size(); i++, t += 5) {
                if (plan.get(i)[2].equals("ACCEPTED")) {
                    GeneratedUnit unit = (GeneratedUnit) plan.get(i)[0];
                    long[] entry = new long[10];
                    for (int k = 0; k < 5; k++) {
                        entry[k] = targetIds.get(t + k);
                        entry[5 + k] = ((BigDecimal) targets.get(t + k)[4]).longValue();
                    }
                    accepted.put(unit.id() + "/" + plan.get(i)[1], entry);
                }
            }
            return accepted;
        }

        // ---- reports

        private List<GeneratedReport> reports(List<GeneratedUnit> units, Map<String, long[]> pledges) {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> plan = new ArrayList<>();
            for (GeneratedUnit unit : units) {
                long area = ref.area(ref.firstCampaign, unit.area());
                int diligence = random.nextInt(10); // some units are always late, some never miss
                for (Map<String, Object> period : ref.reportPeriods) {
                    int year = (Integer) period.get("year");
                    LocalDate due = ((java.sql.Date) period.get("due_on")).toLocalDate();
                    if (unit.withdrawn() != null && !due.isBefore(unit.withdrawn())) {
                        continue;
                    }
                    int roll = random.nextInt(100);
                    if (roll < (diligence == 0 ? 25 : 4)) {
                        continue; // missing
                    }
                    boolean recent = year >= ref.pledgeYearNow - 2;
                    String status = roll < 7 ? "DRAFT" : recent && roll < 13 ? "SUBMITTED" : roll < 17 ? "RETURNED" : "ACCEPTED";
                    boolean late = !status.equals("DRAFT") && random.nextInt(100) < (diligence < 2 ? 45 : 8);
                    LocalDate submittedOn = late ? due.plusDays(1 + random.nextInt(20)) : due.minusDays(random.nextInt(25));
                    Timestamp submitted = status.equals("DRAFT") ? null : Timestamp.from(submittedOn.atTime(8 + random.nextInt(9),
                            random.nextInt(60)).atZone(ref.zone).toInstant());
                    boolean reviewed = status.equals("ACCEPTED") || status.equals("RETURNED");
                    List<Object[]> leaves = ref.leaves.get(area);
                    BigDecimal[] self = new BigDecimal[leaves.size()];
                    BigDecimal[] staff = new BigDecimal[leaves.size()];
                    BigDecimal total = BigDecimal.ZERO;
                    double quality = 0.6 + random.nextDouble() * 0.4;
                    for (int l = 0; l < leaves.size(); l++) {
                        BigDecimal max = (BigDecimal) leaves.get(l)[1];
                        self[l] = max.multiply(BigDecimal.valueOf(Math.min(1, quality + random.nextDouble() * 0.15)))
                                .setScale(1, java.math.RoundingMode.HALF_UP);
                        staff[l] = status.equals("ACCEPTED") ? self[l].subtract(BigDecimal.valueOf(random.nextInt(3) * 0.5)).max(BigDecimal.ZERO) : null;
                        total = staff[l] == null ? total : total.add(staff[l]);
                    }
                    rows.add(new Object[] {unit.id(), period.get("id"), status,
                        "Đơn vị đã tổ chức phát động phong trào thi đua “Đoàn kết sáng tạo”, triển khai kế hoạch đến toàn thể "
                            + "cán bộ, đoàn viên, hội viên; " + (quality > 0.8 ? "hoàn thành vượt mức" : "cơ bản hoàn thành")
                            + " các chỉ tiêu đăng ký năm " + year + ".",
                        submitted, late, status.equals("RETURNED") ? pick(RETURN_REASONS) : null, reviewed ? "staff" : null,
                        reviewed ? new Timestamp(submitted.getTime() + 86_400_000L * (5 + random.nextInt(20))) : null,
                        status.equals("ACCEPTED") ? total : null, SearchText.key(unit.name(), unit.agencyName()), area,
                        status.equals("DRAFT") ? null : unit.name(), status.equals("DRAFT") ? null : unit.agencyName()});
                    plan.add(new Object[] {unit, period, self, staff, year});
                }
            }
            List<Long> ids = copy("report", "unit_id, period_id, status, narrative, submitted_at, late, return_reason, reviewed_by, "
                    + "reviewed_at, total_score, search_key, content_area_id, unit_name, agency_name", rows);
            List<GeneratedReport> reports = new ArrayList<>(ids.size());
            List<Object[]> scores = new ArrayList<>();
            List<Object[]> achievements = new ArrayList<>();
            List<Object[]> initiatives = new ArrayList<>();
            List<Object[]> submissions = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                Object[] row = rows.get(i);
                Object[] p = plan.get(i);
                GeneratedUnit unit = (GeneratedUnit) p[0];
                @SuppressWarnings("unchecked")
                Map<String, Object> period = (Map<String, Object>) p[1];
                String status = (String) row[2];
                int year = (Integer) p[4];
                reports.add(new GeneratedReport(id, unit, year, (String) period.get("kind"), status, (BigDecimal) row[9]));
                List<Object[]> leaves = ref.leaves.get((Long) row[11]);
                BigDecimal[] self = (BigDecimal[]) p[2];
                BigDecimal[] staff = (BigDecimal[]) p[3];
                for (int l = 0; l < leaves.size(); l++) {
                    scores.add(new Object[] {id, leaves.get(l)[0], self[l], staff[l]});
                }
                long[] pledge = pledges.get(unit.id() + "/" + year);
                if (pledge != null && period.get("kind").equals("ANNUAL")) {
                    for (int k = 0; k < 5; k++) {
                        achievements.add(new Object[] {id, pledge[k],
                            BigDecimal.valueOf(Math.round(pledge[5 + k] * (0.8 + random.nextDouble() * 0.35)))});
                    }
                }
                if (random.nextInt(3) == 0) {
                    String[] initiative = pick(INITIATIVES).split("\\|");
                    boolean exemplary = status.equals("ACCEPTED") && random.nextInt(5) == 0;
                    initiatives.add(new Object[] {id, 1, initiative[0], initiative[1],
                        "Sáng kiến do tập thể đơn vị đề xuất và triển khai trong năm " + year + ".",
                        "Rút ngắn thời gian, tiết kiệm chi phí, được nhân dân đồng tình hưởng ứng.",
                        pick(new String[] {"Hội đồng sáng kiến cấp tỉnh", "Hội đồng sáng kiến cơ sở", "Ủy ban nhân dân xã"}),
                        exemplary, exemplary ? at(year + 1, 1, 15) : null, exemplary ? "staff" : null,
                        SearchText.key(initiative[0], initiative[1])});
                }
                Timestamp submitted = (Timestamp) row[4];
                audit(submitted == null ? at(year, 11, 20) : new Timestamp(submitted.getTime() - 7_200_000L), "dv" + (number + 1),
                        "UPDATE", "Report", id, "{\"narrative\":\"…\"}");
                if (submitted != null) {
                    submissions.add(new Object[] {"REPORT", id, 1, submitted, "dv" + (number + 1), row[5], "{}"});
                    audit(submitted, "dv" + (number + 1), "SUBMIT", "Report", id, "{\"status\":\"SUBMITTED\",\"late\":" + row[5] + "}");
                }
                if (row[8] != null) {
                    audit((Timestamp) row[8], "staff", status.equals("ACCEPTED") ? "ACCEPT" : "RETURN", "Report", id,
                            status.equals("ACCEPTED") ? "{\"status\":\"ACCEPTED\",\"totalScore\":" + row[9] + "}"
                                    : "{\"status\":\"RETURNED\",\"returnReason\":" + json((String) row[6]) + "}");
                }
            }
            copy("report_score", "report_id, criterion_id, self_score, staff_score", scores);
            copy("report_achievement", "report_id, pledge_target_id, achieved_value", achievements);
            copy("initiative", "report_id, position, title, field, description, benefit, recognised_by, exemplary, exemplary_at, "
                    + "exemplary_by, search_key", initiatives);
            copy("submission", "entity_type, entity_id, number, submitted_at, submitted_by, late, content", submissions);
            return reports;
        }

        // ---- nominations and decisions

        private void nominationsAndDecisions(List<GeneratedUnit> units, List<GeneratedReport> reports, int decisionCount) {
            Map<Integer, List<GeneratedReport>> bestByYear = new HashMap<>();
            for (GeneratedReport report : reports) {
                if (report.periodKind().equals("ANNUAL") && report.status().equals("ACCEPTED")) {
                    bestByYear.computeIfAbsent(report.year(), y -> new ArrayList<>()).add(report);
                }
            }
            bestByYear.values().forEach(list -> list.sort((a, b) -> b.total().compareTo(a.total())));
            List<Integer> years = bestByYear.keySet().stream().sorted().toList();
            if (years.isEmpty()) {
                return;
            }
            // decisions: spread over the years after the annual reports, most published
            List<Object[]> decisions = new ArrayList<>();
            int perYear = Math.max(1, decisionCount / years.size());
            Map<Integer, Integer> numbers = new HashMap<>();
            for (int year : years) {
                numbers.put(year + 1, jdbc.queryForObject("select coalesce(max(number), 0) from decision where year = ?",
                        Integer.class, year + 1));
            }
            List<int[]> decisionYears = new ArrayList<>();
            for (int d = 0; d < decisionCount; d++) {
                int year = years.get(Math.min(years.size() - 1, d / perYear));
                int decisionYear = year + 1;
                int roll = random.nextInt(100);
                String status = roll < 3 ? "DRAFT" : roll < 6 ? "SIGNED" : roll < 8 ? "REVOKED" : "PUBLISHED";
                Integer number = status.equals("DRAFT") ? null : numbers.merge(decisionYear, 1, Integer::sum);
                String code = number == null ? null : number + "/QĐ-MTTQ-BTT";
                LocalDate signedOn = LocalDate.of(decisionYear, 1 + random.nextInt(4), 1 + random.nextInt(28));
                String title = "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
                        + "“Đoàn kết sáng tạo” năm " + year + " (" + province + ", đợt " + (d % perYear + 1) + ")";
                Timestamp signed = status.equals("DRAFT") ? null : Timestamp.from(signedOn.atTime(15, 0).atZone(ref.zone).toInstant());
                decisions.add(new Object[] {decisionYear, number, code, title, signedOn, "Nguyễn Văn An", "Chủ tịch", status,
                    status.equals("REVOKED") ? "Thu hồi do hồ sơ đề nghị khen thưởng có sai sót về thành tích." : null,
                    status.equals("REVOKED") ? new Timestamp(signed.getTime() + 30L * 86_400_000L) : null, "staff",
                    signed == null ? null : "admin", signed,
                    status.equals("PUBLISHED") || status.equals("REVOKED") ? new Timestamp(signed.getTime() + 3L * 86_400_000L) : null,
                    SearchText.key(code, title, "Nguyễn Văn An"), ref.citations(decisionYear), ref.recipients});
                decisionYears.add(new int[] {year, d});
            }
            List<Long> decisionIds = copy("decision", "year, number, code, title, signed_on, signer_name, signer_title, status, "
                    + "revocation_reason, revoked_at, created_by, signed_by, signed_at, published_at, search_key, legal_basis, recipients",
                    decisions);
            for (int d = 0; d < decisionIds.size(); d++) {
                Object[] row = decisions.get(d);
                audit(at((Integer) row[0], 1, 5), "staff", "CREATE", "Decision", decisionIds.get(d), "{\"status\":\"DRAFT\"}");
                if (row[12] != null) {
                    audit((Timestamp) row[12], "admin", "SIGN", "Decision", decisionIds.get(d), "{\"status\":\"SIGNED\",\"code\":" + json((String) row[2]) + "}");
                }
                if (row[13] != null) {
                    audit((Timestamp) row[13], "admin", "PUBLISH", "Decision", decisionIds.get(d), "{\"status\":\"PUBLISHED\"}");
                }
                if (row[9] != null) {
                    audit((Timestamp) row[9], "admin", "REVOKE", "Decision", decisionIds.get(d), "{\"status\":\"REVOKED\"}");
                }
            }
            // nominations: three for each signed decision, from the best reports of its year; the rest at every other step
            int total = (int) Math.round(NOMINATIONS_PER_PROVINCE * size);
            List<Object[]> rows = new ArrayList<>();
            List<Long> reportOf = new ArrayList<>();
            Map<Integer, Integer> taken = new HashMap<>();
            Map<Integer, Integer> registry = new HashMap<>();
            long merit = ref.forms.get("BK-MTTQ-TINH");
            long flag = ref.forms.get("CO-MTTQ-TINH");
            long[] others = ref.forms.values().stream().mapToLong(Long::longValue).sorted().toArray();
            for (int d = 0; d < decisionIds.size() && rows.size() < total; d++) {
                String status = (String) decisions.get(d)[7];
                if (status.equals("DRAFT")) {
                    continue;
                }
                int year = decisionYears.get(d)[0];
                List<GeneratedReport> best = bestByYear.get(year);
                for (int k = 0; k < 3 && rows.size() < total; k++) {
                    int index = taken.merge(year, 1, Integer::sum) - 1;
                    GeneratedReport report = best.get(index % best.size());
                    boolean individual = k == 2 || index >= best.size();
                    int next = registry.computeIfAbsent(year + 1, y -> jdbc.queryForObject(
                            "select coalesce(max(cast(split_part(registry_number, '-', 3) as integer)), 0) from nomination "
                            + "where registry_number like 'SV-' || ? || '-%'", Integer.class, String.valueOf(y))) + 1;
                    registry.put(year + 1, next);
                    String registryNumber = "SV-" + (year + 1) + "-" + String.format("%04d", next);
                    rows.add(nomination(report.unit(), year, individual, k == 0 && index < 20 ? flag : merit,
                            status.equals("REVOKED") ? "APPROVED" : "COMMENDED", decisionIds.get(d), registryNumber,
                            (LocalDate) decisions.get(d)[4]));
                    reportOf.add(report.id());
                }
            }
            int now = ref.pledgeYearNow;
            String[] steps = {"SUBMITTED", "SUBMITTED", "APPRAISED", "RETURNED", "REJECTED", "REJECTED", "DRAFT", "APPROVED"};
            while (rows.size() < total) {
                GeneratedUnit unit = units.get(random.nextInt(units.size()));
                String step = pick(steps);
                int year = step.equals("REJECTED") ? 2021 + random.nextInt(now - 2021) : now;
                rows.add(nomination(unit, year, random.nextInt(3) == 0, pick(others), step, null, null, null));
                reportOf.add(null);
            }
            // each individual nominee a person on record, placed in the nomination's unit
            List<Object[]> personRows = new ArrayList<>();
            for (Object[] row : rows) {
                if ("INDIVIDUAL".equals(row[1])) {
                    personRows.add(new Object[] {row[2], row[4], row[5], row[3], row[0], SearchText.key((String) row[2], (String) row[3])});
                }
            }
            List<Long> personIds = copy("person", "full_name, birth_year, gender, position, unit_id, search_key", personRows);
            List<Object[]> placements = new ArrayList<>();
            for (int i = 0; i < personIds.size(); i++) {
                placements.add(new Object[] {personIds.get(i), personRows.get(i)[4], personRows.get(i)[3]});
            }
            copy("person_placement", "person_id, unit_id, position", placements);
            java.util.Iterator<Long> nextPerson = personIds.iterator();
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = java.util.Arrays.copyOf(rows.get(i), rows.get(i).length + 1);
                row[row.length - 1] = "INDIVIDUAL".equals(row[1]) ? nextPerson.next() : null;
                rows.set(i, row);
            }
            List<Long> ids = copy("nomination", "unit_id, nominee_type, individual_name, individual_position, birth_year, gender, "
                    + "form_id, year, achievements, status, proposed_by, submitted_at, return_reason, appraised_by, appraised_at, "
                    + "approved_by, approved_at, rejection_reason, decision_id, registry_number, search_key, unit_name, agency_name, "
                    + "person_id", rows);
            List<Object[]> links = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Object[] row = rows.get(i);
                if (reportOf.get(i) != null) {
                    links.add(new Object[] {ids.get(i), reportOf.get(i)});
                }
                Timestamp submitted = (Timestamp) row[11];
                audit(submitted == null ? at((Integer) row[7], 11, 1) : submitted, "dv" + (number + 1),
                        submitted == null ? "CREATE" : "SUBMIT", "Nomination", ids.get(i), "{\"status\":\"" + row[9] + "\"}");
                if (row[14] != null) {
                    audit((Timestamp) row[14], "staff", "APPRAISE", "Nomination", ids.get(i), "{\"status\":\"APPRAISED\"}");
                }
                if (row[16] != null) {
                    audit((Timestamp) row[16], "admin", "APPROVE", "Nomination", ids.get(i), "{\"status\":\"APPROVED\"}");
                }
                if ("COMMENDED".equals(row[9])) {
                    audit((Timestamp) row[16], "admin", "COMMEND", "Nomination", ids.get(i), "{\"status\":\"COMMENDED\"}");
                }
                if ("REJECTED".equals(row[9]) || "RETURNED".equals(row[9])) {
                    audit(new Timestamp(submitted.getTime() + 86_400_000L * 9), "staff", "REJECTED".equals(row[9]) ? "REJECT" : "RETURN",
                            "Nomination", ids.get(i), "{\"status\":\"" + row[9] + "\"}");
                }
            }
            copy("nomination_report", "nomination_id, report_id", links);
        }

        private Object[] nomination(GeneratedUnit unit, int year, boolean individual, long form, String status, Long decision,
                                    String registryNumber, LocalDate signedOn) {
            boolean female = random.nextBoolean();
            String name = individual ? person(female) : null;
            LocalDate base = signedOn != null ? signedOn.minusDays(40) : LocalDate.of(year, 11, 1 + random.nextInt(20));
            if (base.isAfter(LocalDate.now(clock))) {
                base = LocalDate.now(clock).minusDays(1 + random.nextInt(20));
            }
            Timestamp submitted = status.equals("DRAFT") ? null : Timestamp.from(base.atTime(9, 0).atZone(ref.zone).toInstant());
            boolean appraised = List.of("APPRAISED", "APPROVED", "COMMENDED", "REJECTED").contains(status);
            boolean approved = status.equals("APPROVED") || status.equals("COMMENDED");
            return new Object[] {unit.id(), individual ? "INDIVIDUAL" : "COLLECTIVE", name, individual ? pick(POSITIONS) : null,
                individual ? 1965 + random.nextInt(35) : null, individual ? (female ? "FEMALE" : "MALE") : null, form, year,
                "Hoàn thành xuất sắc nhiệm vụ năm " + year + "; " + pick(new String[] {"dẫn đầu khối thi đua",
                    "vận động xây dựng nhà Đại đoàn kết", "có sáng kiến được công nhận cấp tỉnh", "hoàn thành vượt mức các chỉ tiêu"})
                    + ".", status, "dv" + (number + 1), submitted, status.equals("RETURNED") ? pick(RETURN_REASONS) : null,
                appraised ? "staff" : null, appraised ? new Timestamp(submitted.getTime() + 86_400_000L * 7) : null,
                approved ? "admin" : null, approved ? new Timestamp(submitted.getTime() + 86_400_000L * 20) : null,
                status.equals("REJECTED") ? "Thành tích chưa đủ tiêu chuẩn theo quy định." : null, decision, registryNumber,
                SearchText.key(name, unit.name(), unit.agencyName(), registryNumber),
                status.equals("DRAFT") ? null : unit.name(), status.equals("DRAFT") ? null : unit.agencyName()};
        }

        // ---- the audit trail

        /** The rest of the province's audit records: sign-ins of its representatives and staff, and drafts saved. */
        private void topUpAudit(int target) {
            String[] staff = {"staff", "hoidong1", "hoidong2", "hoidong3", "admin"};
            long span = LocalDate.now(clock).toEpochDay() - LocalDate.of(2021, 1, 1).toEpochDay();
            while (audit.size() < target) {
                LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextLong(span));
                Timestamp moment = Timestamp.from(day.atTime(7 + random.nextInt(11), random.nextInt(60)).atZone(ref.zone).toInstant());
                int roll = random.nextInt(10);
                if (roll < 7) {
                    audit(moment, roll < 5 ? "dv" + (number + 1) : pick(staff), "LOGIN", "Account", null, null);
                } else if (roll < 9) {
                    audit(moment, "dv" + (number + 1), "UPDATE", "Pledge", null, "{\"signatoryName\":\"…\"}");
                } else {
                    audit(moment, pick(staff), "LOGIN_FAILED", "Account", null, null);
                }
            }
            List<Object[]> rows = new ArrayList<>(audit);
            rows.sort((a, b) -> ((Timestamp) a[0]).compareTo((Timestamp) b[0]));
            copy("audit_record", "occurred_at, actor, action, entity_type, entity_id, summary, after_state", rows);
            audit.clear();
        }

        private void audit(Timestamp at, String actor, String action, String type, Long id, String after) {
            audit.add(new Object[] {at, actor, action, type, id, "nhập dữ liệu phong trào (bộ dữ liệu đo hiệu năng)", after});
        }

        // ---- small things

        private String person(boolean female) {
            return pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " " + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
        }

        private <T> T pick(T[] choices) {
            return choices[random.nextInt(choices.length)];
        }

        private long pick(long[] choices) {
            return choices[random.nextInt(choices.length)];
        }

        private Timestamp at(int year, int month, int day) {
            return Timestamp.from(LocalDate.of(year, month, day).atTime(9, 0).atZone(ref.zone).toInstant());
        }
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Writes the rows with COPY and returns the ids the table gave them, in the rows' order (identity values are
     * handed out in the order COPY reads the rows; nothing else writes while the dataset is generated).
     */
    private List<Long> copy(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        boolean hasId = !table.equals("nomination_report");
        long before = hasId ? jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class) : 0;
        int chunk = 50_000;
        for (int from = 0; from < rows.size(); from += chunk) {
            StringBuilder text = new StringBuilder(1 << 16);
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + chunk))) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    text.append(copyValue(row[i]));
                }
                text.append('\n');
            }
            String sql = "copy " + table + " (" + columns + ") from stdin";
            jdbc.execute((ConnectionCallback<Long>) connection -> {
                try {
                    return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (!hasId) {
            return List.of();
        }
        List<Long> ids = jdbc.queryForList("select id from " + table + " where id > ? order by id", Long.class, before);
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(table + ": " + rows.size() + " rows written, " + ids.size() + " found");
        }
        return ids;
    }

    private String copyValue(Object value) {
        if (value == null) {
            return "\\N";
        }
        String text;
        if (value instanceof Timestamp timestamp) {
            text = timestamp.toInstant().toString();
        } else if (value instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else {
            text = value.toString();
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
