package vn.mttq.thidua.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.thidua.shared.SearchText;

/**
 * The campaign's history 2021–2024 for the demo, as if imported from the paper dossiers: pledges and reports of
 * the demo units in every state (approved, awaiting approval, returned, draft; some late), scores, initiatives
 * (some exemplary), and nominations under way. Written with SQL because the periods it fills are long closed; every row is audited as IMPORT.
 */
final class DemoHistory {

    private static final String[] TARGETS_OFFICE = {
        "Tỷ lệ hồ sơ giải quyết đúng hạn|%|98", "Số sáng kiến cải tiến được áp dụng|sáng kiến|3",
        "Tỷ lệ cán bộ hoàn thành tốt nhiệm vụ|%|95"};
    private static final String[] TARGETS_SCHOOL = {
        "Tỷ lệ học sinh tốt nghiệp THPT|%|99", "Số đề tài nghiên cứu khoa học kỹ thuật|đề tài|4",
        "Tỷ lệ giáo viên đạt chuẩn|%|100"};
    private static final String[] TARGETS_ENTERPRISE = {
        "Tăng năng suất lao động so với năm trước|%|8", "Doanh thu|triệu đồng|12000",
        "Số sản phẩm đạt chuẩn OCOP hoặc VietGAP|sản phẩm|2"};
    private static final String[] TARGETS_ARMED = {
        "Tỷ lệ vụ việc được xử lý dứt điểm|%|95", "Số buổi tuyên truyền pháp luật ở cơ sở|buổi|24",
        "Số mô hình dân vận khéo|mô hình|2"};
    private static final String[] TARGETS_COMMUNITY = {
        "Số hộ nghèo được hỗ trợ xây nhà Đại đoàn kết|căn|5", "Số tiền vận động quỹ Vì người nghèo|triệu đồng|300",
        "Tỷ lệ khu dân cư đạt chuẩn văn hóa|%|90"};
    private static final String[] INITIATIVES = {
        "Số hóa hồ sơ thi đua, khen thưởng|Chuyển đổi số", "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới|Dân vận",
        "Quy trình một cửa liên thông rút ngắn thời gian giải quyết hồ sơ|Cải cách hành chính",
        "Ứng dụng tưới nhỏ giọt cho vườn sầu riêng|Nông nghiệp",
        "Tổ tự quản đảm bảo an ninh trật tự khu dân cư|An ninh trật tự",
        "Câu lạc bộ khởi nghiệp của phụ nữ nông thôn|Kinh tế",
        "Góc học tập cộng đồng cho trẻ em vùng sông nước|Giáo dục"};
    private static final String[] RETURN_REASONS = {
        "Chỉ tiêu chưa lượng hóa được, đề nghị ghi rõ số liệu.",
        "Thiếu minh chứng cho chỉ tiêu 2, đề nghị bổ sung.",
        "Điểm tự chấm tiêu chí 2.1 chưa khớp với kết quả thực hiện."};

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** The legal basis a decision of that day cites, and the recipients block, as a new draft would get them. */
    private final java.util.function.Function<LocalDate, String> citations;
    private final String recipients;
    private final Random random = new Random(20210611L);
    private final Map<Long, List<Map<String, Object>>> leaves = new java.util.HashMap<>();
    private final Map<String, Long> persons = new java.util.HashMap<>();

    DemoHistory(JdbcTemplate jdbc, Clock clock, java.util.function.Function<LocalDate, String> citations, String recipients) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.citations = citations;
        this.recipients = recipients;
    }

    void load(long rep1AgencyId) {
        List<Map<String, Object>> units = jdbc.queryForList("""
                select u.id, u.name, u.kind, u.agency_id, a.name as agency_name, u.content_area_id
                from unit u join agency a on a.id = u.agency_id
                where u.status = 'ACTIVE' and (u.agency_id = ? or a.id % 2 = 0)
                order by u.id""", rep1AgencyId);
        List<Map<String, Object>> periods = jdbc.queryForList(
                "select id, kind, year, due_on, closes_on from reporting_period where kind <> 'PLEDGE' order by closes_on");
        for (Map<String, Object> unit : units) {
            for (int year = 2021; year <= 2024; year++) {
                long pledge = pledge(unit, year);
                for (Map<String, Object> period : periods) {
                    if (((Integer) period.get("year")) == year) {
                        report(unit, period, pledge);
                    }
                }
            }
        }
        commendations();
        nominationsUnderWay(rep1AgencyId);
    }

    /**
     * The 2026–2030 campaign under way: every other agency's units carried over into the content area of the same
     * number (rep1's agency is left to do it today), and pledges of this year from some of them, submitted (a few
     * late) or still drafts, for staff to review.
     */
    void nextCampaign(long campaignId, long rep1AgencyId, int year) {
        List<Map<String, Object>> carried = jdbc.queryForList("""
                insert into participation (unit_id, campaign_id, content_area_id, registered_by)
                select u.id, ?, n.id, 'rep-demo'
                from unit u join content_area o on o.id = u.content_area_id
                join content_area n on n.campaign_id = ? and n.number = o.number
                where u.status = 'ACTIVE' and u.agency_id <> ?
                returning id, unit_id, content_area_id""", campaignId, campaignId, rep1AgencyId);
        for (Map<String, Object> row : carried) {
            jdbc.update("update unit set content_area_id = ? where id = ?", row.get("content_area_id"), row.get("unit_id"));
            audit("IMPORT", "Participation", (Long) row.get("id"));
        }
        List<Map<String, Object>> units = jdbc.queryForList("""
                select u.id, u.name, u.kind, u.agency_id, a.name as agency_name
                from unit u join agency a on a.id = u.agency_id join participation p on p.unit_id = u.id
                where p.campaign_id = ? and a.id % 3 = 0 order by u.id""", campaignId);
        for (Map<String, Object> unit : units) {
            String status = pick(new String[] {"SUBMITTED", "SUBMITTED", "SUBMITTED", "DRAFT"});
            Long id = jdbc.queryForObject("""
                    insert into pledge (unit_id, year, title_aimed, signatory_name, signatory_position, status,
                                        submitted_at, late, search_key, unit_name, agency_name)
                    values (?, ?, 'ADVANCED_LABOUR_COLLECTIVE', ?, 'Thủ trưởng đơn vị', ?, ?, false, ?, ?, ?) returning id""",
                    Long.class, unit.get("id"), year,
                    pick(new String[] {"Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Hoàng Phúc", "Phạm Ngọc Lan", "Võ Minh Tâm"}),
                    status, status.equals("DRAFT") ? null : Timestamp.from(clock.instant().minusSeconds(86400L * (1 + random.nextInt(20)))),
                    SearchText.key((String) unit.get("name"), (String) unit.get("agency_name")),
                    status.equals("DRAFT") ? null : unit.get("name"), status.equals("DRAFT") ? null : unit.get("agency_name"));
            String[] targets = targetsFor((String) unit.get("kind"));
            for (int i = 0; i < targets.length; i++) {
                String[] t = targets[i].split("\\|");
                jdbc.update("insert into pledge_target (pledge_id, position, name, measure, target_value) values (?, ?, ?, ?, ?)",
                        id, i + 1, t[0], t[1], new BigDecimal(t[2]));
            }
            audit("IMPORT", "Pledge", id);
        }
    }

    /** A pledge for the year: approved for 2021–2023; in 2024 one in ten each submitted, returned or draft. */
    private long pledge(Map<String, Object> unit, int year) {
        String status = year < 2024 ? "ACCEPTED" : pick(new String[] {"ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED",
                "ACCEPTED", "ACCEPTED", "ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT"});
        Timestamp submitted = status.equals("DRAFT") ? null : at(year, 1, 20 + random.nextInt(8));
        Long id = jdbc.queryForObject("""
                insert into pledge (unit_id, year, title_aimed, signatory_name, signatory_position, status, submitted_at,
                                    return_reason, reviewed_by, reviewed_at, search_key, unit_name, agency_name)
                values (?, ?, ?, ?, 'Thủ trưởng đơn vị', ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                unit.get("id"), year, random.nextInt(3) == 0 ? "EXCELLENT_LABOUR_COLLECTIVE" : "ADVANCED_LABOUR_COLLECTIVE",
                pick(new String[] {"Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Hoàng Phúc", "Phạm Ngọc Lan", "Võ Minh Tâm"}),
                status, submitted, status.equals("RETURNED") ? pick(RETURN_REASONS) : null,
                status.equals("ACCEPTED") || status.equals("RETURNED") ? "staff" : null,
                status.equals("ACCEPTED") || status.equals("RETURNED") ? at(year, 2, 5) : null,
                SearchText.key((String) unit.get("name"), (String) unit.get("agency_name")),
                status.equals("DRAFT") ? null : unit.get("name"), status.equals("DRAFT") ? null : unit.get("agency_name"));
        String[] targets = targetsFor((String) unit.get("kind"));
        for (int i = 0; i < targets.length; i++) {
            String[] t = targets[i].split("\\|");
            jdbc.update("insert into pledge_target (pledge_id, position, name, measure, target_value) values (?, ?, ?, ?, ?)",
                    id, i + 1, t[0], t[1], new BigDecimal(t[2]));
        }
        audit("IMPORT", "Pledge", id);
        return status.equals("ACCEPTED") ? id : -id;
    }

    /** A report for the period: approved and scored before 2024; in 2024 every state, and some units not yet. */
    private void report(Map<String, Object> unit, Map<String, Object> period, long pledge) {
        int year = (Integer) period.get("year");
        String status = year < 2024 ? "ACCEPTED" : pick(new String[] {"ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED",
                "ACCEPTED", "SUBMITTED", "SUBMITTED", "RETURNED", "DRAFT", "NONE"});
        if (status.equals("NONE")) {
            return;
        }
        LocalDate due = ((java.sql.Date) period.get("due_on")).toLocalDate();
        boolean late = !status.equals("DRAFT") && random.nextInt(7) == 0;
        LocalDate submittedOn = late ? due.plusDays(1 + random.nextInt(10)) : due.minusDays(random.nextInt(12));
        List<BigDecimal[]> scores = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> leaf : leaves.computeIfAbsent((Long) unit.get("content_area_id"), area -> jdbc.queryForList("""
                select c.id, c.max_points from criterion c where c.content_area_id = ?
                and not exists (select 1 from criterion k where k.parent_id = c.id) order by c.sort_order, c.code""",
                area))) {
            Long criterion = (Long) leaf.get("id");
            BigDecimal max = (BigDecimal) leaf.get("max_points");
            BigDecimal self = max.multiply(BigDecimal.valueOf(0.7 + random.nextDouble() * 0.3)).setScale(1, RoundingMode.HALF_UP);
            BigDecimal staffScore = status.equals("ACCEPTED")
                    ? self.subtract(BigDecimal.valueOf(random.nextInt(3) * 0.5)).max(BigDecimal.ZERO) : null;
            scores.add(new BigDecimal[] {BigDecimal.valueOf(criterion), self, staffScore});
            total = staffScore == null ? total : total.add(staffScore);
        }
        Long id = jdbc.queryForObject("""
                insert into report (unit_id, period_id, status, narrative, submitted_at, late, return_reason, reviewed_by,
                                    reviewed_at, total_score, search_key, content_area_id, unit_name, agency_name)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, u.content_area_id,
                       case when ? then u.name end, case when ? then a.name end
                from unit u join agency a on a.id = u.agency_id where u.id = ? returning id""", Long.class,
                unit.get("id"), period.get("id"), status,
                "Đơn vị đã tổ chức phát động phong trào thi đua “Đoàn kết sáng tạo”, triển khai kế hoạch đến toàn thể "
                        + "cán bộ, đoàn viên, hội viên; các chỉ tiêu đăng ký cơ bản hoàn thành (dữ liệu minh họa).",
                status.equals("DRAFT") ? null : Timestamp.from(submittedOn.atTime(9, 30).atZone(zone()).toInstant()),
                late, status.equals("RETURNED") ? pick(RETURN_REASONS) : null,
                status.equals("ACCEPTED") || status.equals("RETURNED") ? "staff" : null,
                status.equals("ACCEPTED") || status.equals("RETURNED")
                        ? Timestamp.from(submittedOn.plusDays(10).atTime(14, 0).atZone(zone()).toInstant()) : null,
                status.equals("ACCEPTED") ? total : null,
                SearchText.key((String) unit.get("name"), (String) unit.get("agency_name")),
                !status.equals("DRAFT"), !status.equals("DRAFT"), unit.get("id"));
        for (BigDecimal[] s : scores) {
            jdbc.update("insert into report_score (report_id, criterion_id, self_score, staff_score) values (?, ?, ?, ?)",
                    id, s[0].longValue(), s[1], s[2]);
        }
        if (pledge > 0) {
            for (Map<String, Object> target : jdbc.queryForList(
                    "select id, target_value from pledge_target where pledge_id = ? order by position", pledge)) {
                BigDecimal value = ((BigDecimal) target.get("target_value"))
                        .multiply(BigDecimal.valueOf(0.85 + random.nextDouble() * 0.25)).setScale(0, RoundingMode.HALF_UP);
                jdbc.update("insert into report_achievement (report_id, pledge_target_id, achieved_value) values (?, ?, ?)",
                        id, target.get("id"), value);
            }
        }
        if (random.nextInt(3) == 0) {
            String[] initiative = pick(INITIATIVES).split("\\|");
            boolean exemplary = status.equals("ACCEPTED") && random.nextInt(4) == 0;
            jdbc.update("""
                    insert into initiative (report_id, position, title, field, description, benefit, recognised_by,
                                            exemplary, exemplary_at, exemplary_by, search_key)
                    values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, initiative[0], initiative[1],
                    "Sáng kiến do tập thể đơn vị đề xuất và triển khai trong năm " + year + ".",
                    "Rút ngắn thời gian, tiết kiệm chi phí, được nhân dân đồng tình hưởng ứng.",
                    pick(new String[] {"Hội đồng sáng kiến cấp tỉnh", "Hội đồng sáng kiến cơ sở", "UBND huyện"}),
                    exemplary, exemplary ? at(year + 1, 1, 15) : null, exemplary ? "staff" : null,
                    SearchText.key(initiative[0], initiative[1]));
        }
        if (!status.equals("DRAFT")) {
            jdbc.update("""
                    insert into submission (entity_type, entity_id, number, submitted_at, submitted_by, late, content)
                    values ('REPORT', ?, 1, now(), 'demo-data', ?, '{}')""", id, late);
        }
        audit("IMPORT", "Report", id);
    }

    /**
     * Published decisions of 2022–2025 for the best-scored units of each annual period of 2021–2024, some of them
     * for an individual of the unit, with registry numbers, and the counters where they stopped.
     */
    private void commendations() {
        Long merit = jdbc.queryForObject("select id from commendation_form where code = 'BK-MTTQ-TINH'", Long.class);
        Long flag = jdbc.queryForObject("select id from commendation_form where code = 'CO-MTTQ-TINH'", Long.class);
        String[][] people = {{"Nguyễn Thị Hồng", "Phó Chủ tịch", "FEMALE", "1978-03-12"}, {"Trần Văn Lực", "Trưởng ban", "MALE", "1970-11-02"},
            {"Lê Thị Thu Trang", "Giáo viên", "FEMALE", "1985-07-25"}, {"Huỳnh Văn Đức", "Bí thư chi bộ", "MALE", "1966-01-30"}};
        int registry = 0;
        for (int year = 2021; year <= 2024; year++) {
            int decisionYear = year + 1;
            java.time.LocalDate signedOn = java.time.LocalDate.of(decisionYear, 2, 20);
            Long decision = jdbc.queryForObject("""
                    insert into decision (year, number, code, title, signed_on, signer_name, signer_title, status, created_by,
                                          signed_by, signed_at, published_at, search_key, legal_basis, recipients)
                    values (?, 1, ?, ?, ?, 'Nguyễn Văn An', 'Chủ tịch', 'PUBLISHED', 'admin', 'admin',
                            ?, ?, ?, ?, ?) returning id""", Long.class,
                    decisionYear, "01/QĐ-MTTQ-BTT",
                    "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Đoàn kết sáng tạo” năm " + year,
                    signedOn, at(decisionYear, 2, 20), at(decisionYear, 2, 25),
                    SearchText.key("01/QĐ-MTTQ-BTT", "khen thưởng năm " + year), citations.apply(signedOn), recipients);
            List<Map<String, Object>> best = jdbc.queryForList("""
                    select u.id as unit_id, u.name, a.name as agency_name, r.id as report_id from report r
                    join reporting_period p on p.id = r.period_id join unit u on u.id = r.unit_id join agency a on a.id = u.agency_id
                    where p.kind = 'ANNUAL' and p.year = ? and r.status = 'ACCEPTED'
                    order by r.total_score desc, u.id limit 6""", year);
            int yearRegistry = 0;
            for (int i = 0; i < best.size(); i++) {
                Map<String, Object> unit = best.get(i);
                boolean individual = i % 3 == 2;
                String[] person = people[(year + i) % people.length];
                LocalDate born = LocalDate.parse(person[3]);
                Long personId = individual ? person((Long) unit.get("unit_id"), person[0], person[1], person[2], born, null) : null;
                yearRegistry++;
                registry++;
                Long nomination = jdbc.queryForObject("""
                        insert into nomination (unit_id, nominee_type, person_id, individual_name, individual_position, birth_year,
                                                gender, form_id, year, achievements, status, proposed_by, submitted_at, appraised_by,
                                                appraised_at, approved_by, approved_at, decision_id, registry_number, search_key,
                                                unit_name, agency_name)
                        select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMMENDED', 'rep-demo', ?, 'staff', ?, 'admin', ?, ?, ?, ?, u.name, a.name
                        from unit u join agency a on a.id = u.agency_id where u.id = ?
                        returning id""", Long.class,
                        unit.get("unit_id"), individual ? "INDIVIDUAL" : "COLLECTIVE", personId, individual ? person[0] : null,
                        individual ? person[1] : null, individual ? born.getYear() : null, individual ? person[2] : null,
                        i == 0 ? flag : merit, year,
                        "Hoàn thành xuất sắc các chỉ tiêu thi đua năm " + year + ", dẫn đầu khối thi đua (dữ liệu minh họa).",
                        at(decisionYear, 1, 10), at(decisionYear, 1, 20), at(decisionYear, 2, 18), decision,
                        "SV-" + decisionYear + "-" + String.format("%04d", yearRegistry),
                        SearchText.key(individual ? person[0] : null, (String) unit.get("name"), (String) unit.get("agency_name"),
                                "SV-" + decisionYear + "-" + String.format("%04d", yearRegistry)),
                        unit.get("unit_id"));
                jdbc.update("insert into nomination_report (nomination_id, report_id) values (?, ?)", nomination, unit.get("report_id"));
                audit("IMPORT", "Nomination", nomination);
            }
            jdbc.update("insert into number_counter (kind, year, last_number) values ('DECISION', ?, 1)", decisionYear);
            jdbc.update("insert into number_counter (kind, year, last_number) values ('REGISTRY', ?, ?)", decisionYear, yearRegistry);
            audit("IMPORT", "Decision", decision);
        }
    }

    /** Nominations of 2026 (the year-end round) at every step before a decision, so that each queue has something to show. */
    private void nominationsUnderWay(long rep1AgencyId) {
        Long merit = jdbc.queryForObject("select id from commendation_form where code = 'BK-MTTQ-TINH'", Long.class);
        List<Long> caiBe = jdbc.queryForList("select u.id from unit u join agency a on a.id = u.agency_id "
                + "where a.short_name = 'MTTQ huyện Cái Bè' and u.status = 'ACTIVE' order by u.id", Long.class);
        String[][] steps = {{"SUBMITTED", null}, {"APPRAISED", "staff"}, {"PASSED", "staff"}};
        for (int i = 0; i < steps.length && i < caiBe.size(); i++) {
            Long unit = caiBe.get(i);
            String name = jdbc.queryForObject("select name from unit where id = ?", String.class, unit);
            Long id = jdbc.queryForObject("insert into nomination (unit_id, nominee_type, form_id, year, achievements, status, "
                    + "proposed_by, submitted_at, appraised_by, appraised_at, search_key) "
                    + "values (?, 'COLLECTIVE', ?, 2026, ?, ?, 'rep2', now(), ?, ?, ?) returning id", Long.class,
                    unit, merit, "Vận động xây dựng 12 căn nhà Đại đoàn kết cho hộ nghèo năm 2026 (dữ liệu minh họa).",
                    steps[i][0], steps[i][1], steps[i][1] == null ? null : new Timestamp(clock.millis()),
                    SearchText.key(name, "Ủy ban MTTQ Việt Nam huyện Cái Bè"));
            dossier(id, "rep2");
            audit("IMPORT", "Nomination", id);
        }
        Long rep1Unit = jdbc.queryForObject("select min(id) from unit where agency_id = ? and status = 'ACTIVE'", Long.class,
                rep1AgencyId);
        String rep1Name = jdbc.queryForObject("select name from unit where id = ?", String.class, rep1Unit);
        Long loan = person(rep1Unit, "Phạm Thị Kim Loan", "Chuyên viên", "FEMALE", LocalDate.of(1984, 5, 9), LocalDate.of(2016, 9, 1));
        Long draft = jdbc.queryForObject("insert into nomination (unit_id, nominee_type, person_id, individual_name, "
                + "individual_position, birth_year, gender, form_id, year, achievements, status, proposed_by, search_key) "
                + "values (?, 'INDIVIDUAL', ?, 'Phạm Thị Kim Loan', 'Chuyên viên', 1984, 'FEMALE', ?, 2026, ?, 'DRAFT', 'rep1', ?) "
                + "returning id", Long.class, rep1Unit, loan, merit,
                "Tham mưu chuyển đổi số trong quản lý hồ sơ thi đua của ngành (dữ liệu minh họa).",
                SearchText.key("Phạm Thị Kim Loan", rep1Name, "Sở Giáo dục và Đào tạo tỉnh Tiền Giang"));
        audit("IMPORT", "Nomination", draft);
        nominationsForEligibility(rep1Unit, caiBe.get(0));
        draftDecision();
    }

    /** The year-end decision of 2026 in draft, with the citations in force on its date (Decree 152/2025/NĐ-CP). */
    private void draftDecision() {
        LocalDate on = LocalDate.now(clock);
        String title = "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Đoàn kết sáng tạo” năm "
                + on.getYear();
        Long id = jdbc.queryForObject("""
                insert into decision (year, title, signed_on, signer_name, signer_title, status, created_by, search_key,
                                      legal_basis, recipients)
                values (?, ?, ?, 'Nguyễn Văn An', 'Chủ tịch', 'DRAFT', 'admin', ?, ?, ?) returning id""", Long.class,
                on.getYear(), title, on, SearchText.key(title), citations.apply(on), recipients);
        audit("IMPORT", "Decision", id);
    }

    /**
     * Two nominations for the Bằng khen of the province's chairman (Law 06/2022/QH15 Art. 74 cl. 1 d: two consecutive
     * years of Chiến sĩ thi đua cơ sở) awaiting appraisal, with the nominees' titles on record: a teacher of rep1's
     * department with the title in 2025 only (2024: Lao động tiên tiến) — the condition not met —, and an officer who
     * moved from the dissolved district committee of Châu Thành to Cái Bè on 1 July 2025 with the title in both years,
     * one decided in each place — every condition met.
     */
    private void nominationsForEligibility(long rep1Unit, long caiBeUnit) {
        Long chairman = jdbc.queryForObject("select id from commendation_form where code = 'BK-CT-UBND-TINH'", Long.class);
        Long hanh = person(rep1Unit, "Võ Thị Mỹ Hạnh", "Giáo viên", "FEMALE", LocalDate.of(1982, 9, 5), LocalDate.of(2010, 9, 1));
        title("INDIVIDUAL", hanh, "LDTT", 2024, "Sở Giáo dục và Đào tạo tỉnh Tiền Giang", "1875/QĐ-SGDĐT", LocalDate.of(2024, 8, 15));
        title("INDIVIDUAL", hanh, "CSTDCS", 2025, "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", "2150/QĐ-SGDĐT", LocalDate.of(2025, 8, 20));
        title("INDIVIDUAL", hanh, "HTXSNV", 2025, "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", "2151/QĐ-SGDĐT", LocalDate.of(2025, 8, 20));
        Long vinhKim = jdbc.queryForObject("select u.id from unit u join agency a on a.id = u.agency_id "
                + "where a.short_name = 'MTTQ huyện Châu Thành' order by u.id limit 1", Long.class);
        Long nam = person(vinhKim, "Nguyễn Hoàng Nam", "Phó Chủ tịch", "MALE", LocalDate.of(1980, 4, 18), LocalDate.of(2019, 1, 2));
        jdbc.update("update person_placement set until_date = date '2025-06-30' where person_id = ?", nam);
        jdbc.update("insert into person_placement (person_id, unit_id, position, from_date, note) values (?, ?, 'Phó Chủ tịch', "
                + "date '2025-07-01', 'Sắp xếp tổ chức bộ máy: không tổ chức cấp huyện từ 01/07/2025')", nam, caiBeUnit);
        jdbc.update("update person set unit_id = ? where id = ?", caiBeUnit, nam);
        title("INDIVIDUAL", nam, "CSTDCS", 2024, "Ủy ban MTTQ Việt Nam huyện Châu Thành", "45/QĐ-MTTQ", LocalDate.of(2024, 12, 20));
        title("INDIVIDUAL", nam, "HTXSNV", 2024, "Ủy ban MTTQ Việt Nam huyện Châu Thành", "46/QĐ-MTTQ", LocalDate.of(2024, 12, 20));
        title("INDIVIDUAL", nam, "CSTDCS", 2025, "Ủy ban MTTQ Việt Nam xã Cái Bè", "12/QĐ-MTTQ", LocalDate.of(2025, 12, 22));
        title("INDIVIDUAL", nam, "HTXSNV", 2025, "Ủy ban MTTQ Việt Nam xã Cái Bè", "13/QĐ-MTTQ", LocalDate.of(2025, 12, 22));
        String[][] nominated = {
            {String.valueOf(rep1Unit), String.valueOf(hanh), "Võ Thị Mỹ Hạnh", "Giáo viên", "1982", "FEMALE", "rep1",
             "Chiến sĩ thi đua cơ sở năm 2025; đổi mới phương pháp dạy học theo chương trình giáo dục phổ thông 2018 (dữ liệu minh họa)."},
            {String.valueOf(caiBeUnit), String.valueOf(nam), "Nguyễn Hoàng Nam", "Phó Chủ tịch", "1980", "MALE", "rep2",
             "Hai năm liền Chiến sĩ thi đua cơ sở (2024, 2025); vận động Quỹ Vì người nghèo vượt 150% chỉ tiêu (dữ liệu minh họa)."}};
        for (String[] n : nominated) {
            Long unit = Long.valueOf(n[0]);
            Map<String, Object> names = jdbc.queryForMap("select u.name, a.name as agency from unit u join agency a on a.id = u.agency_id "
                    + "where u.id = ?", unit);
            Long id = jdbc.queryForObject("insert into nomination (unit_id, nominee_type, person_id, individual_name, "
                    + "individual_position, birth_year, gender, form_id, year, achievements, status, proposed_by, submitted_at, "
                    + "search_key) values (?, 'INDIVIDUAL', ?, ?, ?, ?, ?, ?, 2025, ?, 'SUBMITTED', ?, now(), ?) returning id",
                    Long.class, unit, Long.valueOf(n[1]), n[2], n[3], Integer.valueOf(n[4]), n[5], chairman, n[7], n[6],
                    SearchText.key(n[2], (String) names.get("name"), (String) names.get("agency")));
            dossier(id, n[6]);
            audit("IMPORT", "Nomination", id);
            if (Long.valueOf(n[1]).equals(nam)) {
                // his two initiatives recognised at the base, counted for this nomination (Art. 74 cl. 1 d, second alternative)
                initiative(nam, "Sổ tay điện tử vận động Quỹ Vì người nghèo", "BASE", "Hội đồng sáng kiến Ủy ban MTTQ Việt Nam huyện Châu Thành",
                        "08/QĐ-HĐSK", LocalDate.of(2024, 11, 5), id);
                initiative(nam, "Mô hình “Tổ tự quản an sinh” ở ấp", "BASE", "Hội đồng sáng kiến Ủy ban MTTQ Việt Nam xã Cái Bè",
                        "03/QĐ-HĐSK", LocalDate.of(2025, 11, 14), id);
            }
        }
        initiative(hanh, "Ngân hàng câu hỏi trực tuyến môn Ngữ văn", "BASE", "Hội đồng sáng kiến Sở Giáo dục và Đào tạo",
                "112/QĐ-HĐSK", LocalDate.of(2025, 6, 2), null);
    }

    /** A recognised initiative of a person, counted for a nomination when one is given. */
    private void initiative(long person, String title, String scope, String body, String number, LocalDate on, Long nomination) {
        Long id = jdbc.queryForObject("insert into recognised_initiative (person_id, title, scope, recognised_by, document_number, "
                + "recognised_on, entered_by) values (?, ?, ?, ?, ?, ?, 'staff') returning id", Long.class, person, title, scope, body,
                number, on);
        audit("IMPORT", "RecognisedInitiative", id);
        if (nomination != null) {
            jdbc.update("insert into initiative_use (initiative_id, nomination_id, used_by) values (?, ?, 'rep2')", id, nomination);
        }
    }

    /** The three papers a nomination's dossier needs, as small PDF files. */
    private void dossier(Long nomination, String uploadedBy) {
        for (String kind : new String[] {"COVER_SUBMISSION", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"}) {
            byte[] pdf = ("%PDF-1.4\n% " + kind + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Long file = jdbc.queryForObject("insert into dossier_file (nomination_id, kind, file_name, content_type, "
                    + "size_bytes, sha256, uploaded_by) values (?, ?, ?, 'application/pdf', ?, 'demo', ?) returning id",
                    Long.class, nomination, kind, kind.toLowerCase().replace('_', '-') + ".pdf", pdf.length, uploadedBy);
            jdbc.update("insert into dossier_content (dossier_file_id, bytes) values (?, ?)", file, pdf);
        }
    }

    /**
     * A person on record, placed in a unit from a date (or since before the records); one person per name within the
     * unit's agency, as a nomination finds them.
     */
    private long person(long unitId, String name, String position, String gender, LocalDate born, LocalDate from) {
        Long agency = jdbc.queryForObject("select agency_id from unit where id = ?", Long.class, unitId);
        return persons.computeIfAbsent(agency + "|" + name, key -> {
            Long id = jdbc.queryForObject("insert into person (full_name, birth_date, birth_year, gender, position, unit_id, "
                    + "search_key) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class, name, born, born.getYear(), gender,
                    position, unitId, SearchText.key(name, position));
            jdbc.update("insert into person_placement (person_id, unit_id, position, from_date) values (?, ?, ?, ?)",
                    id, unitId, position, from);
            audit("IMPORT", "Person", id);
            return id;
        });
    }

    /** A title or rating of a unit (COLLECTIVE) or a person (INDIVIDUAL), decided elsewhere and entered by staff. */
    private void title(String holder, long holderId, String code, int year, String body, String number, LocalDate on) {
        Long id = jdbc.queryForObject("insert into title_award (" + ("INDIVIDUAL".equals(holder) ? "person_id" : "unit_id")
                + ", title_id, year, deciding_body, document_number, decided_on, entered_by) "
                + "select ?, t.id, ?, ?, ?, ?, 'staff' from emulation_title t where t.code = ? returning id", Long.class,
                holderId, year, body, number, on, code);
        audit("IMPORT", "TitleAward", id);
    }

    /** An open council session of six members (staff, admin, rep2 and three others), with the appraised nomination before it. */
    void council() {
        Long session = jdbc.queryForObject("insert into council_session (title, held_on, quorum, approval_threshold, "
                + "created_by, search_key) values (?, ?, 4, 4, 'staff', ?) returning id", Long.class,
                "Phiên họp Hội đồng Thi đua - Khen thưởng cuối năm 2026", LocalDate.now(clock).plusDays(7),
                SearchText.key("Phiên họp Hội đồng Thi đua - Khen thưởng cuối năm 2026"));
        for (String username : new String[] {"staff", "admin", "rep2", "hoidong1", "hoidong2", "hoidong3"}) {
            jdbc.update("insert into council_member (session_id, account_id, agency_id) select ?, id, agency_id from account "
                    + "where username = ?", session, username);
        }
        jdbc.update("update nomination set council_session_id = ? where status = 'APPRAISED' and year = 2026", session);
        audit("IMPORT", "CouncilSession", session);
    }

    private void audit(String action, String type, Long id) {
        jdbc.update("insert into audit_record (actor, action, entity_type, entity_id, summary) values "
                + "('demo-data', ?, ?, ?, 'dữ liệu minh họa 2021–2024')", action, type, id);
    }

    private static String[] targetsFor(String unitKind) {
        return switch (unitKind) {
            case "SCHOOL", "RESEARCH", "HOSPITAL" -> TARGETS_SCHOOL;
            case "ENTERPRISE", "COOPERATIVE", "HOUSEHOLD" -> TARGETS_ENTERPRISE;
            case "MILITARY", "POLICE", "BORDER_POST" -> TARGETS_ARMED;
            case "RELIGIOUS", "RESIDENTIAL_AREA" -> TARGETS_COMMUNITY;
            default -> TARGETS_OFFICE;
        };
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private Timestamp at(int year, int month, int day) {
        return Timestamp.from(LocalDate.of(year, month, day).atTime(9, 0).atZone(zone()).toInstant());
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
