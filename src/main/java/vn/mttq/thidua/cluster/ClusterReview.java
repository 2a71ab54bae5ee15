package vn.mttq.thidua.cluster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.TrackedEntity;

/** A cluster's year-end review: how members judge each other, and the meeting that closed it. */
@Entity
@Table(name = "cluster_review")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ClusterReview extends TrackedEntity implements Audited {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;
    @Enumerated(EnumType.STRING)
    private ReviewMethod method;
    @Enumerated(EnumType.STRING)
    private ClusterReviewStatus status = ClusterReviewStatus.OPEN;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    private String present;
    @Column(name = "result_text")
    private String resultText;

    ClusterReview(Cluster cluster, ReviewMethod method, String openedBy, Instant openedAt) {
        this.cluster = cluster;
        this.method = method;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void requireOpen() {
        if (!status.isOpen()) {
            throw new BusinessRuleException("clusterReview.error.closed");
        }
    }

    /** Closed with the meeting's record: its date (not before the review opened nor after today), who was present, the result. */
    void close(LocalDate meetingDate, String present, String result, LocalDate today, Instant at) {
        if (meetingDate.isAfter(today)) {
            throw BusinessRuleException.onField("meetingDate", "clusterReview.error.meetingInFuture");
        }
        status = status.to(ClusterReviewStatus.CLOSED);
        this.meetingDate = meetingDate;
        this.present = present;
        this.resultText = result;
        this.closedAt = at;
    }

    @Override
    public String auditType() {
        return "ClusterReview";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("clusterId", cluster.getId());
        state.put("method", method);
        state.put("status", status);
        state.put("meetingDate", meetingDate);
        state.put("present", present);
        state.put("result", resultText);
        return state;
    }
}
