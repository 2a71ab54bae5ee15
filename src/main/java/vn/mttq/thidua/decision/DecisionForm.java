package vn.mttq.thidua.decision;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A draft decision: its kind, title, date, signer, legal basis, recipients, and the approved nominees it commends. */
@Data
public class DecisionForm {

    @NotNull
    private DecisionKind kind = DecisionKind.COMMENDATION;
    @NotBlank
    @Size(max = 4000)
    private String legalBasis;
    @NotBlank
    @Size(max = 2000)
    private String recipients;
    private Long version;

    @NotBlank
    @Size(max = 500)
    private String title;
    @NotNull
    private LocalDate signedOn;
    @NotBlank
    @Size(max = 200)
    private String signerName;
    @NotBlank
    @Size(max = 200)
    private String signerTitle;
    @NotEmpty
    private Set<Long> nominationIds = new LinkedHashSet<>();

    static DecisionForm of(Decision decision, java.util.Collection<Long> nominees) {
        DecisionForm form = new DecisionForm();
        form.setKind(decision.getKind());
        form.setTitle(decision.getTitle());
        form.setSignedOn(decision.getSignedOn());
        form.setSignerName(decision.getSignerName());
        form.setSignerTitle(decision.getSignerTitle());
        form.setLegalBasis(decision.getLegalBasis());
        form.setRecipients(decision.getRecipients());
        form.setNominationIds(new LinkedHashSet<>(nominees));
        form.setVersion(decision.getVersion());
        return form;
    }

    /** What the form says, for the service. */
    public DecisionDetails details() {
        return new DecisionDetails(kind, title, signedOn, signerName, signerTitle, legalBasis, recipients, nominationIds);
    }

    /** A form showing what a new draft starts with. */
    static DecisionForm of(DecisionDetails details) {
        DecisionForm form = new DecisionForm();
        form.setKind(details.kind());
        form.setTitle(details.title());
        form.setSignedOn(details.signedOn());
        form.setSignerName(details.signerName());
        form.setSignerTitle(details.signerTitle());
        form.setLegalBasis(details.legalBasis());
        form.setRecipients(details.recipients());
        form.setNominationIds(new LinkedHashSet<>(details.nominationIds()));
        return form;
    }
}
