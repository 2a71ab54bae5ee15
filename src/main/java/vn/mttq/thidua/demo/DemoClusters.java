package vn.mttq.thidua.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.thidua.cluster.ClusterService;

/**
 * The demo's clusters: those of 2025 as they were before the reorganisation (each agencies' cluster label, the
 * district committees with theirs, the head of the departments' block the member before rep1's department), the 2026
 * ones copied from them by the application — the head's turn passing to rep1's department — plus the communes' new
 * cluster (rep2's committee and the ward of Mỹ Tho), and the departments' covenant open for signing, two members
 * having signed.
 */
final class DemoClusters {

    private final JdbcTemplate jdbc;
    private final ClusterService clusters;
    private final Clock clock;

    DemoClusters(JdbcTemplate jdbc, ClusterService clusters, Clock clock) {
        this.jdbc = jdbc;
        this.clusters = clusters;
        this.clock = clock;
    }

    void load(long rep1AgencyId, long communeAgencyId, long wardAgencyId) {
        for (Map<String, Object> label : jdbc.queryForList("select id, name from emulation_cluster order by id")) {
            List<Long> members = jdbc.queryForList("select id from agency where cluster_id = ? order by name, id", Long.class,
                    label.get("id"));
            if (members.size() < 2) {
                continue;
            }
            int rep1At = members.indexOf(rep1AgencyId);
            long head = rep1At > 0 ? members.get(rep1At - 1) : rep1At == 0 ? members.get(members.size() - 1) : members.get(0);
            long deputy = members.get((members.indexOf(head) + 1) % members.size());
            String name = (String) label.get("name");
            Long cluster = jdbc.queryForObject("""
                    insert into cluster_year (year, name, kind, label_id, head_agency_id, deputy_agency_id, decision_number,
                                              decision_date, created_by)
                    values (2025, ?, ?, ?, ?, ?, '08/QĐ-MTTQ-BTT', date '2025-02-14', 'staff') returning id""", Long.class,
                    name, name.startsWith("Cụm") ? "CLUSTER" : "BLOCK", label.get("id"), head, deputy);
            for (int i = 0; i < members.size(); i++) {
                jdbc.update("insert into cluster_member (cluster_id, agency_id, year, position) values (?, ?, 2025, ?)",
                        cluster, members.get(i), i + 1);
            }
            audit("Cluster", cluster);
        }
        reviews2025();
        clusters.copy(2025, 2026);
        Long communes = jdbc.queryForObject("""
                insert into cluster_year (year, name, kind, head_agency_id, deputy_agency_id, decision_number, decision_date,
                                          created_by)
                values (2026, 'Cụm thi đua Ủy ban MTTQ các xã, phường', 'CLUSTER', ?, ?, '05/QĐ-MTTQ-BTT', date '2026-02-12',
                        'staff') returning id""", Long.class, wardAgencyId, communeAgencyId);
        jdbc.update("insert into cluster_member (cluster_id, agency_id, year, position) values (?, ?, 2026, 1), (?, ?, 2026, 2)",
                communes, communeAgencyId, communes, wardAgencyId);
        audit("Cluster", communes);
        jdbc.update("update cluster_year set decision_number = '05/QĐ-MTTQ-BTT', decision_date = date '2026-02-12' "
                + "where year = 2026 and decision_number is null");
        covenant(rep1AgencyId);
    }

    /**
     * The year-end reviews of 2025, closed: each member scoring the others, the minutes of the meeting, the result
     * (the district committees' cluster, dissolved on 1 July 2025, held none).
     */
    private void reviews2025() {
        for (Map<String, Object> c : jdbc.queryForList("select id, name from cluster_year where year = 2025 and kind = 'BLOCK' order by id")) {
            Long cluster = (Long) c.get("id");
            List<Long> members = jdbc.queryForList("select agency_id from cluster_member where cluster_id = ? order by position",
                    Long.class, cluster);
            Timestamp opened = Timestamp.valueOf("2025-12-01 08:00:00");
            Long review = jdbc.queryForObject("""
                    insert into cluster_review (cluster_id, method, status, opened_by, opened_at, closed_at, meeting_date, present,
                                                result_text)
                    values (?, 'SCORES', 'CLOSED', 'dai-dien', ?, ?, date '2025-12-12', ?, 'x') returning id""", Long.class,
                    cluster, opened, Timestamp.valueOf("2025-12-12 16:00:00"),
                    "Đại diện " + members.size() + "/" + members.size() + " đơn vị thành viên");
            for (Long scorer : members) {
                for (Long scored : members) {
                    if (!scorer.equals(scored)) {
                        jdbc.update("insert into cluster_score (review_id, scorer_agency_id, scored_agency_id, score) values (?, ?, ?, ?)",
                                review, scorer, scored, 80 + (scorer * 7 + scored * 13) % 20);
                    }
                }
            }
            String leader = jdbc.queryForObject("""
                    select a.name from cluster_score s join agency a on a.id = s.scored_agency_id where s.review_id = ?
                    group by a.name order by avg(s.score) desc, a.name limit 1""", String.class, review);
            jdbc.update("update cluster_review set result_text = ? where id = ?", "Hội nghị thống nhất suy tôn " + leader
                    + " dẫn đầu " + c.get("name") + " năm 2025, đề nghị tặng Cờ thi đua (dữ liệu minh họa).", review);
            byte[] pdf = "%PDF-1.4\n% bien ban hoi nghi tong ket 2025\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Long file = jdbc.queryForObject("insert into cluster_minutes (review_id, file_name, content_type, size_bytes, sha256, "
                    + "uploaded_by) values (?, 'bien-ban-tong-ket-2025.pdf', 'application/pdf', ?, 'demo', 'dai-dien') returning id",
                    Long.class, review, pdf.length);
            jdbc.update("insert into cluster_minutes_content (cluster_minutes_id, bytes) values (?, ?)", file, pdf);
            audit("ClusterReview", review);
        }
    }

    /** The covenant of the block rep1's department heads in 2026: a target an area, open, signed by two members. */
    private void covenant(long rep1AgencyId) {
        Long cluster = jdbc.queryForObject("select id from cluster_year where year = 2026 and head_agency_id = ?", Long.class,
                rep1AgencyId);
        Timestamp opened = Timestamp.from(clock.instant().minusSeconds(86_400L * 20));
        Long covenant = jdbc.queryForObject("insert into covenant (cluster_id, status, preamble, drafted_by, opened_at) values "
                + "(?, 'OPEN', ?, 'rep1', ?) returning id", Long.class, cluster,
                "Thực hiện phong trào thi đua “Đoàn kết sáng tạo” năm 2026, các đơn vị thành viên cùng ký kết giao ước thi đua "
                        + "(dữ liệu minh họa).", opened);
        String[] targets = {
            "100% cán bộ, công chức tham gia Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
            "Mỗi đơn vị có ít nhất một mô hình, sáng kiến được công nhận về cải cách hành chính, chuyển đổi số.",
            "Vận động đóng góp Quỹ “Vì người nghèo” đạt từ 110% chỉ tiêu được giao.",
            "Hoàn thành 100% nhiệm vụ chuyên môn, không có cán bộ vi phạm kỷ luật.",
            "Tham gia đầy đủ các hoạt động của khối, nộp báo cáo đúng hạn."};
        for (int i = 0; i < targets.length; i++) {
            jdbc.update("insert into covenant_target (covenant_id, position, area_number, text) values (?, ?, ?, ?)",
                    covenant, i + 1, i + 1, targets[i]);
        }
        List<Long> members = jdbc.queryForList("select agency_id from cluster_member where cluster_id = ? order by position",
                Long.class, cluster);
        jdbc.update("insert into covenant_signature (covenant_id, agency_id, signed_by, signer_name, signed_at) values "
                + "(?, ?, 'rep1', 'Lê Minh Châu', ?)", covenant, rep1AgencyId, Timestamp.from(clock.instant().minusSeconds(86_400L * 19)));
        Long other = members.stream().filter(m -> m != rep1AgencyId).findFirst().orElseThrow();
        jdbc.update("insert into covenant_signature (covenant_id, agency_id, signed_by, signer_name, signed_at) values "
                + "(?, ?, 'dai-dien', 'Đại diện đơn vị (dữ liệu minh họa)', ?)", covenant, other,
                Timestamp.from(clock.instant().minusSeconds(86_400L * 15)));
        audit("Covenant", covenant);
    }

    private void audit(String type, Long id) {
        jdbc.update("insert into audit_record (actor, action, entity_type, entity_id) values ('demo-data', 'IMPORT', ?, ?)", type, id);
    }
}
