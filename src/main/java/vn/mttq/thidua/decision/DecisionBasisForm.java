package vn.mttq.thidua.decision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A legal document decisions are based on, as the admin's form sends it. */
@Data
public class DecisionBasisForm {

    @NotBlank
    @Size(max = 300)
    private String title;
    @Size(max = 60)
    private String number;
    private LocalDate issuedOn;
    @Size(max = 500)
    private String description;
    @NotNull
    private LocalDate inForceFrom;
    private LocalDate inForceUntil;
    @NotEmpty
    private Set<DecisionKind> kinds = EnumSet.allOf(DecisionKind.class);
    @NotNull
    @Min(0)
    @Max(9999)
    private Integer sortOrder = 0;
    private Long version;

    static DecisionBasisForm of(DecisionBasis basis) {
        DecisionBasisForm form = new DecisionBasisForm();
        form.setTitle(basis.getTitle());
        form.setNumber(basis.getNumber());
        form.setIssuedOn(basis.getIssuedOn());
        form.setDescription(basis.getDescription());
        form.setInForceFrom(basis.getInForceFrom());
        form.setInForceUntil(basis.getInForceUntil());
        form.setKinds(basis.getKindSet());
        form.setSortOrder(basis.getSortOrder());
        form.setVersion(basis.getVersion());
        return form;
    }

    /** What the form says, for the service. */
    public DecisionBasisDetails details() {
        return new DecisionBasisDetails(title, number, issuedOn, description, inForceFrom, inForceUntil, kinds,
                sortOrder == null ? 0 : sortOrder);
    }
}
