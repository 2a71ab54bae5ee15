package vn.mttq.thidua.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.TrackedEntity;

/**
 * A cluster's covenant of the year: the targets its members commit to, drafted by the head, signed by each member
 * (who, when); its steps follow {@link CovenantStatus}.
 */
@Entity
@Table(name = "covenant")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Covenant extends TrackedEntity implements Audited {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;
    @Enumerated(EnumType.STRING)
    private CovenantStatus status = CovenantStatus.DRAFT;
    private String preamble;
    @Column(name = "drafted_by")
    private String draftedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "signed_at")
    private Instant signedAt;
    @ElementCollection
    @CollectionTable(name = "covenant_target", joinColumns = @JoinColumn(name = "covenant_id"))
    @OrderBy("position")
    private List<CovenantTarget> targets = new ArrayList<>();
    @OneToMany(mappedBy = "covenant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("signedAt")
    private List<CovenantSignature> signatures = new ArrayList<>();

    Covenant(Cluster cluster, String draftedBy) {
        this.cluster = cluster;
        this.draftedBy = draftedBy;
    }

    /** The draft's words: its preamble and targets (at least one), replaced as a whole. */
    void draft(String preamble, List<CovenantTarget> targets, String by) {
        if (!status.isEditable()) {
            throw new BusinessRuleException("covenant.error.notDraft");
        }
        if (targets.isEmpty()) {
            throw BusinessRuleException.onField("targets", "covenant.error.noTarget");
        }
        this.preamble = preamble;
        this.targets.clear();
        this.targets.addAll(targets);
        this.draftedBy = by;
    }

    void open(Instant at) {
        if (targets.isEmpty()) {
            throw new BusinessRuleException("covenant.error.noTarget");
        }
        status = status.to(CovenantStatus.OPEN);
        openedAt = at;
    }

    /** Back to its draft, to be corrected: only while nobody has signed. */
    void backToDraft() {
        if (!signatures.isEmpty()) {
            throw new BusinessRuleException("covenant.error.alreadySigned");
        }
        status = status.to(CovenantStatus.DRAFT);
        openedAt = null;
    }

    /** A member signs; when the last does, the covenant is signed. */
    void sign(Agency agency, String by, String name, Instant at) {
        if (!status.isOpen()) {
            throw new BusinessRuleException("covenant.error.notOpen");
        }
        if (!cluster.hasMember(agency.getId())) {
            throw new BusinessRuleException("covenant.error.notMember");
        }
        if (hasSigned(agency.getId())) {
            throw new BusinessRuleException("covenant.error.signedAlready");
        }
        signatures.add(new CovenantSignature(this, agency, by, name, at));
        if (cluster.getMembers().stream().allMatch(m -> hasSigned(m.getAgency().getId()))) {
            status = status.to(CovenantStatus.SIGNED);
            signedAt = at;
        }
    }

    public boolean hasSigned(Long agencyId) {
        return signatures.stream().anyMatch(s -> s.getAgency().getId().equals(agencyId));
    }

    public CovenantSignature signatureOf(Long agencyId) {
        return signatures.stream().filter(s -> s.getAgency().getId().equals(agencyId)).findFirst().orElse(null);
    }

    @Override
    public String auditType() {
        return "Covenant";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("clusterId", cluster.getId());
        state.put("status", status);
        state.put("targets", targets.stream().map(CovenantTarget::getText).toList());
        state.put("signedBy", signatures.stream().map(s -> s.getAgency().getId()).toList());
        return state;
    }
}
