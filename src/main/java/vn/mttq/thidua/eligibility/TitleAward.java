package vn.mttq.thidua.eligibility;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.TrackedEntity;

/**
 * A title or rating a unit or a person received for a year, by another body's decision (its deciding body, number and
 * date). A person's stays theirs when they move: their history follows them.
 */
@Entity
@Table(name = "title_award")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TitleAward extends TrackedEntity implements Audited {

    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "person_id")
    private Long personId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "title_id")
    private EmulationTitle title;
    private int year;
    @Column(name = "deciding_body")
    private String decidingBody;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "entered_by")
    private String enteredBy;

    TitleAward(TitleHolder holder, EmulationTitle title, int year, String decidingBody, String documentNumber,
               LocalDate decidedOn, String enteredBy) {
        this.unitId = holder.unitId();
        this.personId = holder.personId();
        this.title = title;
        this.year = year;
        this.decidingBody = decidingBody;
        this.documentNumber = documentNumber;
        this.decidedOn = decidedOn;
        this.enteredBy = enteredBy;
    }

    @Override
    public String auditType() {
        return "TitleAward";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unitId", unitId);
        state.put("personId", personId);
        state.put("title", title.getCode());
        state.put("year", year);
        state.put("decidingBody", decidingBody);
        state.put("documentNumber", documentNumber);
        state.put("decidedOn", decidedOn);
        return state;
    }
}
