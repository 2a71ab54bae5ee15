package vn.mttq.thidua.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.SearchText;

/** An initiative or good model (sáng kiến, mô hình hay) reported by a unit; staff may mark it exemplary. */
@Entity
@Table(name = "initiative")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Initiative implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    private int position;
    private String title;
    private String field;
    private String description;
    private String benefit;
    @Column(name = "recognised_by")
    private String recognisedBy;
    private boolean exemplary;
    @Column(name = "exemplary_at")
    private Instant exemplaryAt;
    @Column(name = "exemplary_by")
    private String exemplaryBy;
    @Column(name = "search_key")
    private String searchKey;
    @Version
    private long version;

    Initiative(Report report, int position) {
        this.report = report;
        this.position = position;
    }

    void describe(String title, String field, String description, String benefit, String recognisedBy) {
        this.title = title;
        this.field = field;
        this.description = description;
        this.benefit = benefit;
        this.recognisedBy = recognisedBy;
    }

    void markExemplary(boolean exemplary, String by, Instant at) {
        this.exemplary = exemplary;
        this.exemplaryBy = exemplary ? by : null;
        this.exemplaryAt = exemplary ? at : null;
    }

    @PrePersist
    @PreUpdate
    void keepSearchKey() {
        searchKey = SearchText.key(title, field);
    }

    @Override
    public String auditType() {
        return "Initiative";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("reportId", report.getId());
        state.put("title", title);
        state.put("field", field);
        state.put("exemplary", exemplary);
        return state;
    }
}
