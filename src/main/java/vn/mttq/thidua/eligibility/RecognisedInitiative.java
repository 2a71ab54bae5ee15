package vn.mttq.thidua.eligibility;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.commendation.EligibilityChecks.Scope;
import vn.mttq.thidua.shared.TrackedEntity;

/** An initiative (sáng kiến) of a person or a unit, as a council recognised it: by whom, at which scope, when. */
@Entity
@Table(name = "recognised_initiative")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RecognisedInitiative extends TrackedEntity implements Audited {

    @Column(name = "person_id")
    private Long personId;
    @Column(name = "unit_id")
    private Long unitId;
    private String title;
    @Enumerated(EnumType.STRING)
    private Scope scope;
    @Column(name = "recognised_by")
    private String recognisedBy;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "recognised_on")
    private LocalDate recognisedOn;
    @Column(name = "entered_by")
    private String enteredBy;

    RecognisedInitiative(TitleHolder holder, String title, Scope scope, String recognisedBy, String documentNumber,
                         LocalDate recognisedOn, String enteredBy) {
        this.personId = holder.personId();
        this.unitId = holder.unitId();
        this.title = title;
        this.scope = scope;
        this.recognisedBy = recognisedBy;
        this.documentNumber = documentNumber;
        this.recognisedOn = recognisedOn;
        this.enteredBy = enteredBy;
    }

    @Override
    public String auditType() {
        return "RecognisedInitiative";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", personId);
        state.put("unitId", unitId);
        state.put("title", title);
        state.put("scope", scope);
        state.put("recognisedBy", recognisedBy);
        state.put("documentNumber", documentNumber);
        state.put("recognisedOn", recognisedOn);
        return state;
    }
}
