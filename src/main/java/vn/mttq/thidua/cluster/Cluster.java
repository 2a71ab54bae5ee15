package vn.mttq.thidua.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.TrackedEntity;

/** A cluster or block of a year: its members in order, its head and deputy, the decision that set it up. */
@Entity
@Table(name = "cluster_year")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Cluster extends TrackedEntity implements Audited {

    private int year;
    private String name;
    @Enumerated(EnumType.STRING)
    private ClusterKind kind;
    @Column(name = "label_id")
    private Long labelId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_agency_id")
    private Agency head;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_agency_id")
    private Agency deputy;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "created_by")
    private String createdBy;
    @OneToMany(mappedBy = "cluster", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ClusterMember> members = new ArrayList<>();

    Cluster(int year, Long labelId, String createdBy) {
        this.year = year;
        this.labelId = labelId;
        this.createdBy = createdBy;
    }

    /**
     * What staff set: the name, kind, members in order, head and deputy (two different members), the decision.
     * Members are replaced as a whole.
     */
    void describe(String name, ClusterKind kind, List<Agency> agencies, Agency head, Agency deputy, String decisionNumber,
                  LocalDate decisionDate) {
        if (agencies.size() < 2) {
            throw BusinessRuleException.onField("memberIds", "cluster.error.tooFew");
        }
        if (head != null && agencies.stream().noneMatch(a -> a.getId().equals(head.getId()))) {
            throw BusinessRuleException.onField("headId", "cluster.error.headNotMember");
        }
        if (deputy != null && agencies.stream().noneMatch(a -> a.getId().equals(deputy.getId()))) {
            throw BusinessRuleException.onField("deputyId", "cluster.error.deputyNotMember");
        }
        if (head != null && deputy != null && head.getId().equals(deputy.getId())) {
            throw BusinessRuleException.onField("deputyId", "cluster.error.deputyIsHead");
        }
        this.name = name;
        this.kind = kind;
        this.head = head;
        this.deputy = deputy;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        Map<Long, ClusterMember> kept = new LinkedHashMap<>();
        members.forEach(m -> kept.put(m.getAgency().getId(), m));
        members.clear();
        int position = 0;
        for (Agency agency : agencies) {
            ClusterMember member = kept.get(agency.getId());
            if (member == null) {
                member = new ClusterMember(this, agency, year);
            }
            member.placeAt(++position);
            members.add(member);
        }
    }

    public boolean hasMember(Long agencyId) {
        return agencyId != null && members.stream().anyMatch(m -> m.getAgency().getId().equals(agencyId));
    }

    public boolean isHeadedBy(Long agencyId) {
        return head != null && agencyId != null && head.getId().equals(agencyId);
    }

    public List<Agency> agencies() {
        return members.stream().map(ClusterMember::getAgency).toList();
    }

    @Override
    public String auditType() {
        return "Cluster";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("name", name);
        state.put("kind", kind);
        state.put("members", members.stream().map(m -> m.getAgency().getId()).toList());
        state.put("headAgencyId", head == null ? null : head.getId());
        state.put("deputyAgencyId", deputy == null ? null : deputy.getId());
        state.put("decisionNumber", decisionNumber);
        state.put("decisionDate", decisionDate);
        return state;
    }
}
