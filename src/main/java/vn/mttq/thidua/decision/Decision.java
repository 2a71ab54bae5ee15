package vn.mttq.thidua.decision;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
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
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.SearchText;
import vn.mttq.thidua.shared.TrackedEntity;

/**
 * A commendation decision (quyết định khen thưởng) of the provincial Front's Standing Board. A draft — its text,
 * legal basis, recipients and nominees — can be reviewed and corrected; its number (zero-padded, per year, without
 * gaps) is given when it is signed, and a signed decision cannot be edited, only revoked.
 */
@NamedInterface("api")
@Entity
@Table(name = "decision")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Decision extends TrackedEntity implements Audited {

    static final String CODE_SUFFIX = "/QĐ-MTTQ-BTT";

    @Enumerated(EnumType.STRING)
    private DecisionKind kind = DecisionKind.COMMENDATION;
    private int year;
    private Integer number;
    private String code;
    private String title;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "signer_name")
    private String signerName;
    @Column(name = "signer_title")
    private String signerTitle;
    @Enumerated(EnumType.STRING)
    private DecisionStatus status = DecisionStatus.DRAFT;
    @Column(name = "revocation_reason")
    private String revocationReason;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "legal_basis")
    private String legalBasis;
    private String recipients;
    @Column(name = "search_key")
    private String searchKey;

    Decision(String createdBy) {
        this.createdBy = createdBy;
    }

    void describe(DecisionKind kind, String title, LocalDate signedOn, String signerName, String signerTitle,
                  String legalBasis, String recipients) {
        if (status != DecisionStatus.DRAFT) {
            throw new BusinessRuleException("decision.error.signed");
        }
        this.kind = kind;
        this.legalBasis = legalBasis;
        this.recipients = recipients;
        this.title = title;
        this.signedOn = signedOn;
        this.year = signedOn.getYear();
        this.signerName = signerName;
        this.signerTitle = signerTitle;
    }

    /** Signs with the number the counter gave for the decision's year. */
    /** The code a decision of this number carries: "07/QĐ-MTTQ-BTT". */
    static String codeOf(int number) {
        return String.format("%02d", number) + CODE_SUFFIX;
    }

    void sign(int number, String by, Instant at) {
        if (!status.canBecome(DecisionStatus.SIGNED)) {
            throw new BusinessRuleException("decision.error.signed");
        }
        this.number = number;
        this.code = codeOf(number);
        this.status = DecisionStatus.SIGNED;
        this.signedBy = by;
        this.signedAt = at;
    }

    void publish(Instant at) {
        if (!status.isPublishable()) {
            throw new BusinessRuleException("decision.error.notSigned");
        }
        status = DecisionStatus.PUBLISHED;
        publishedAt = at;
    }

    void revoke(String reason, Instant at) {
        if (!status.isRevocable()) {
            throw new BusinessRuleException("decision.error.notSigned");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "decision.error.reasonRequired");
        }
        status = DecisionStatus.REVOKED;
        revocationReason = reason.trim();
        revokedAt = at;
    }

    public boolean isDraft() {
        return status == DecisionStatus.DRAFT;
    }

    @Override
    protected void beforeSave() {
        searchKey = SearchText.key(code, title, signerName);
    }

    @Override
    public String auditType() {
        return "Decision";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("kind", kind);
        state.put("title", title);
        state.put("legalBasis", legalBasis);
        state.put("recipients", recipients);
        state.put("signedOn", signedOn);
        state.put("signer", signerName + ", " + signerTitle);
        state.put("status", status);
        state.put("revocationReason", revocationReason);
        return state;
    }
}
