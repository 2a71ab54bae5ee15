package vn.mttq.thidua.pledge;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
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
import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.review.ReviewedEntity;

/** A unit's pledge (bản đăng ký thi đua) for a year: its targets and the title it aims for. */
@NamedInterface("api")
@Entity
@Table(name = "pledge")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Pledge extends ReviewedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    private int year;
    @Enumerated(EnumType.STRING)
    @Column(name = "title_aimed")
    private EmulationTitle titleAimed;
    @Column(name = "signatory_name")
    private String signatoryName;
    @Column(name = "signatory_position")
    private String signatoryPosition;
    @Column(name = "search_key")
    private String searchKey;
    /** Handed in after its pledge window's due date. */
    private boolean late;
    /** The unit's and its agency's names when it was handed in (names of record). */
    @jakarta.persistence.Embedded
    private vn.mttq.thidua.agency.NamesOfRecord names;

    @OneToMany(mappedBy = "pledge", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PledgeTarget> targets = new ArrayList<>();

    Pledge(Unit unit, int year, EmulationTitle titleAimed, String signatoryName) {
        this.unit = unit;
        this.year = year;
        this.titleAimed = titleAimed;
        this.signatoryName = signatoryName;
    }

    void describe(EmulationTitle titleAimed, String signatoryName, String signatoryPosition, List<TargetValues> values) {
        requireEditable();
        this.titleAimed = titleAimed;
        this.signatoryName = signatoryName;
        this.signatoryPosition = signatoryPosition;
        while (targets.size() > values.size()) {
            targets.remove(targets.size() - 1);
        }
        for (int i = 0; i < values.size(); i++) {
            if (i == targets.size()) {
                targets.add(new PledgeTarget(this, i + 1));
            }
            TargetValues v = values.get(i);
            targets.get(i).describe(v.name(), v.measure(), v.targetValue());
        }
    }

    void submit(vn.mttq.thidua.period.Admission admission, Instant at) {
        if (targets.isEmpty()) {
            throw new BusinessRuleException("pledge.error.noTarget");
        }
        review().submit(at);
        late = admission.isLate();
        recordIdentity();
    }

    /** The names of the unit and its agency as they are when it is handed in: what the record shows from then on. */
    private void recordIdentity() {
        names = vn.mttq.thidua.agency.NamesOfRecord.of(unit);
    }

    /** The unit's name as the record shows it: as it was when handed in, or today's for a draft. */
    public String getUnitNameOnRecord() {
        return vn.mttq.thidua.agency.NamesOfRecord.unitName(names, unit);
    }

    public String getAgencyNameOnRecord() {
        return vn.mttq.thidua.agency.NamesOfRecord.agencyName(names, unit);
    }


    void accept(String by, Instant at) {
        review().accept(by, at);
    }

    void returnForChanges(String reason, String by, Instant at) {
        review().returnForChanges(reason, by, at);
    }

    private void requireEditable() {
        review().requireEditable();
    }

    /** What the pledge says, field by field, for the submission history. */
    Map<String, String> snapshot() {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("titleAimed", titleAimed.name());
        content.put("signatory", signatoryName + (signatoryPosition == null ? "" : " — " + signatoryPosition));
        for (PledgeTarget t : targets) {
            content.put("target:" + t.getPosition(), t.getName() + ": " + t.getTargetValue().stripTrailingZeros().toPlainString()
                    + " " + t.getMeasure());
        }
        return content;
    }

    @Override
    protected void beforeSave() {
        searchKey = vn.mttq.thidua.agency.NamesOfRecord.searchKey(names, unit);
    }

    @Override
    public String auditType() {
        return "Pledge";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unitId", unit.getId());
        state.put("year", year);
        state.put("status", getStatus());
        state.put("returnReason", getReturnReason());
        state.putAll(snapshot());
        return state;
    }
}
