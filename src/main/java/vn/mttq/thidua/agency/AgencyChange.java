package vn.mttq.thidua.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.audit.Audited;

/**
 * One change of an agency — renamed, merged into another, dissolved, split (one row per agency a part of it went
 * to) — with its effective date and legal basis.
 */
@Entity
@Table(name = "agency_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AgencyChange implements Audited {

    public enum Kind { RENAMED, MERGED, DISSOLVED, SPLIT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Column(name = "legal_basis")
    private String legalBasis;
    @Column(name = "old_name")
    private String oldName;
    @Column(name = "new_name")
    private String newName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Agency successor;

    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    AgencyChange(Agency agency, Kind kind, LocalDate effectiveOn, String legalBasis, String oldName, String newName,
                 Agency successor, String by, Instant at) {
        this.agency = agency;
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.legalBasis = legalBasis;
        this.oldName = oldName;
        this.newName = newName;
        this.successor = successor;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    @Override
    public String auditType() {
        return "AgencyChange";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agencyId", agency.getId());
        state.put("kind", kind);
        state.put("effectiveOn", effectiveOn);
        state.put("legalBasis", legalBasis);
        state.put("oldName", oldName);
        state.put("newName", newName);
        state.put("successorId", successor == null ? null : successor.getId());
        return state;
    }
}
