package vn.mttq.thidua.commendation;

import vn.mttq.thidua.person.Gender;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.mttq.thidua.catalogue.FormOfCommendation;
import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.agency.Unit;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.TrackedEntity;

/**
 * A nomination (đề nghị khen thưởng): a unit, or a named individual of a unit, proposed for a form of
 * commendation, with its achievements, the reports that show them, and the dossier.
 */
@NamedInterface("api")
@Entity
@Table(name = "nomination")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Nomination extends TrackedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type")
    private NomineeType nomineeType;
    /** The person nominated, for an individual (the person module's record); name to gender as they were proposed. */
    @Column(name = "person_id")
    private Long personId;
    @Column(name = "individual_name")
    private String individualName;
    @Column(name = "individual_position")
    private String individualPosition;
    @Column(name = "birth_year")
    private Integer birthYear;
    @Enumerated(EnumType.STRING)
    private Gender gender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id")
    private FormOfCommendation form;

    private int year;
    private String achievements;
    @Enumerated(EnumType.STRING)
    private NominationStatus status = NominationStatus.DRAFT;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "appraised_by")
    private String appraisedBy;
    @Column(name = "appraised_at")
    private Instant appraisedAt;
    @Column(name = "appraisal_note")
    private String appraisalNote;
    /** Why it goes on although its nominee does not meet the conditions of its form (given at appraisal). */
    @Column(name = "eligibility_override")
    private String eligibilityOverride;
    /** What the appraisal concluded of the nominee's eligibility, for the council (null: no conditions). */
    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_at_appraisal")
    private EligibilityChecks.Status eligibilityAtAppraisal;

    /** The council session it is before (the council module's record). */
    @Column(name = "council_session_id")
    private Long councilSessionId;

    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "decision_id")
    private Long decisionId;
    @Column(name = "registry_number")
    private String registryNumber;
    @Column(name = "search_key")
    private String searchKey;
    /** The unit's and agency's names when the decision was signed: what the decision and certificates show. */
    @Column(name = "unit_name")
    private String unitName;
    @Column(name = "agency_name")
    private String agencyName;

    /** The reports that show the achievements, by id: the report module keeps them. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "nomination_report", joinColumns = @JoinColumn(name = "nomination_id"))
    @Column(name = "report_id")
    private Set<Long> reportIds = new HashSet<>();

    Nomination(Unit unit, String proposedBy) {
        this.unit = unit;
        this.proposedBy = proposedBy;
    }

    /** The name shown everywhere: the individual's, or the unit's for a collective (as signed, once commended). */
    public String getNomineeName() {
        return nomineeType == NomineeType.INDIVIDUAL ? individualName : getUnitNameOnRecord();
    }

    /** The unit's name as the record shows it: as it was when the decision was signed, or today's before. */
    public String getUnitNameOnRecord() {
        return unitName != null ? unitName : unit.getName();
    }

    public String getAgencyNameOnRecord() {
        return agencyName != null ? agencyName : unit.getAgency().getName();
    }

    void describe(Nominee nominee, FormOfCommendation form, int year, String achievements, Set<Long> reportIds) {
        requireEditable();
        if (!form.isActive()) {
            throw BusinessRuleException.onField("formId", "nomination.error.formRetired");
        }
        if (!form.getRecipient().accepts(nominee.type())) {
            throw BusinessRuleException.onField("formId", "nomination.error.formRecipient");
        }
        boolean individual = nominee.type() == NomineeType.INDIVIDUAL;
        if (individual && (nominee.personId() == null || nominee.name() == null || nominee.birthYear() == null
                || nominee.gender() == null)) {
            throw BusinessRuleException.onField("individualName", "nomination.error.individualRequired");
        }
        this.nomineeType = nominee.type();
        this.personId = individual ? nominee.personId() : null;
        this.individualName = individual ? nominee.name() : null;
        this.individualPosition = individual ? nominee.position() : null;
        this.birthYear = individual ? nominee.birthYear() : null;
        this.gender = individual ? nominee.gender() : null;
        this.form = form;
        this.year = year;
        this.achievements = achievements;
        this.reportIds.clear();
        this.reportIds.addAll(reportIds);
    }

    void submit(Instant at) {
        status = status.to(NominationStatus.SUBMITTED);
        submittedAt = at;
    }

    /**
     * Staff accept the dossier for the council: it must hold the required papers, and a nominee who does not meet
     * the conditions ({@code found}) goes on only with a reason; what the appraisal found is kept for the council.
     * Everything is checked before anything changes.
     */
    void appraise(Set<DossierKind> present, EligibilityChecks.Status found, String override, String note, String by, Instant at) {
        if (!present.containsAll(DossierKind.REQUIRED)) {
            throw new BusinessRuleException("nomination.error.dossierIncomplete");
        }
        boolean notMet = found == EligibilityChecks.Status.NOT_MET;
        if (notMet && override == null) {
            throw BusinessRuleException.onField("override", "nomination.error.overrideRequired");
        }
        status = status.to(NominationStatus.APPRAISED);
        eligibilityOverride = notMet ? override : null;
        eligibilityAtAppraisal = found;
        appraisalNote = note;
        appraisedBy = by;
        appraisedAt = at;
        returnReason = null;
    }

    void returnForChanges(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "review.error.reasonRequired");
        }
        status = status.to(NominationStatus.RETURNED);
        returnReason = reason.trim();
        appraisedBy = by;
        appraisedAt = at;
    }

    void putBefore(Long sessionId) {
        if (status != NominationStatus.APPRAISED) {
            throw new BusinessRuleException("council.error.notAppraised");
        }
        if (councilSessionId != null && !Objects.equals(councilSessionId, sessionId)) {
            throw new BusinessRuleException("council.error.alreadyOnSession");
        }
        councilSessionId = sessionId;
    }

    void councilResult(boolean passed) {
        status = status.to(passed ? NominationStatus.PASSED : NominationStatus.FAILED);
    }

    /** Its council's result is discarded (the session was closed by mistake): it is before the council again. */
    void councilResultDiscarded() {
        status = status.to(NominationStatus.APPRAISED);
    }

    /** An admin approves; not one who proposed or appraised the nomination. */
    void approve(String by, Instant at) {
        requireOtherThanProposerAndAppraiser(by);
        status = status.to(NominationStatus.APPROVED);
        approvedBy = by;
        approvedAt = at;
    }

    void reject(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "nomination.error.rejectionReasonRequired");
        }
        requireOtherThanProposerAndAppraiser(by);
        status = status.to(NominationStatus.REJECTED);
        rejectionReason = reason.trim();
        approvedBy = by;
        approvedAt = at;
    }

    void forwardUpward() {
        if (form.getAuthority().decidedHere()) {
            throw new BusinessRuleException("nomination.error.decidedHere");
        }
        status = status.to(NominationStatus.FORWARDED);
    }

    /** Put on a draft decision: approved, decided here, and on no other decision. */
    void reserveFor(Long decisionId) {
        if (status != NominationStatus.APPROVED || (this.decisionId != null && !this.decisionId.equals(decisionId))) {
            throw BusinessRuleException.onField("nominationIds", "decision.error.notApproved");
        }
        if (!form.getAuthority().decidedHere()) {
            throw new BusinessRuleException("decision.error.notDecidedHere");
        }
        this.decisionId = decisionId;
    }

    /** Taken off a draft decision (left out of it, or the draft discarded): awaiting a decision again. */
    void release() {
        if (status == NominationStatus.APPROVED) {
            this.decisionId = null;
        }
    }

    void commend(Long decisionId, String registryNumber) {
        if (!form.getAuthority().decidedHere()) {
            throw new BusinessRuleException("decision.error.notDecidedHere");
        }
        status = status.to(NominationStatus.COMMENDED);
        this.decisionId = decisionId;
        this.registryNumber = registryNumber;
        this.unitName = unit.getName();
        this.agencyName = unit.getAgency().getName();
    }

    private void requireOtherThanProposerAndAppraiser(String by) {
        if (by.equalsIgnoreCase(proposedBy) || by.equalsIgnoreCase(appraisedBy)) {
            throw new BusinessRuleException("nomination.error.separationOfDuties");
        }
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessRuleException("review.error.notEditable");
        }
    }

    @Override
    protected void beforeSave() {
        searchKey = SearchText.key(individualName, unit.getName(), unit.getAgency().getName(), registryNumber);
    }

    @Override
    public String auditType() {
        return "Nomination";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unitId", unit.getId());
        state.put("nomineeType", nomineeType);
        state.put("personId", personId);
        state.put("individualName", individualName);
        state.put("formId", form == null ? null : form.getId());
        state.put("year", year);
        state.put("status", status);
        state.put("returnReason", returnReason);
        state.put("eligibilityOverride", eligibilityOverride);
        state.put("eligibilityAtAppraisal", eligibilityAtAppraisal);
        state.put("councilSessionId", councilSessionId);
        state.put("approvedBy", approvedBy);
        state.put("rejectionReason", rejectionReason);
        state.put("decisionId", decisionId);
        state.put("registryNumber", registryNumber);
        return state;
    }
}
