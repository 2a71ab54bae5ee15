package vn.mttq.thidua.eligibility;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Data;

import vn.mttq.thidua.commendation.EligibilityChecks.Scope;

/** A recognised initiative as staff enter it; where it was already counted elsewhere, if it was. */
@Data
class InitiativeForm {

    @NotBlank
    @Size(max = 300)
    private String title;
    @NotNull
    private Scope scope;
    @NotBlank
    @Size(max = 300)
    private String recognisedBy;
    @NotBlank
    @Size(max = 60)
    private String documentNumber;
    @NotNull
    private LocalDate recognisedOn;
    @Size(max = 300)
    private String usedElsewhere;
}
