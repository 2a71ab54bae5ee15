package vn.mttq.thidua.eligibility;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Data;

import vn.mttq.thidua.catalogue.NomineeType;
import vn.mttq.thidua.commendation.EligibilityChecks.Kind;
import vn.mttq.thidua.commendation.EligibilityChecks.Scope;

/** A condition of a form as the admin writes it; what its kind does not use is left out. */
@Data
class ConditionForm {

    @NotNull
    private NomineeType nomineeType;
    @NotNull
    @Min(1)
    @Max(9)
    private Integer alternative = 1;
    @NotNull
    private Kind kind;
    @NotNull
    @Min(1)
    @Max(10)
    private Integer years;
    private boolean consecutive = true;
    @Min(1)
    @Max(20)
    private Integer withinYears;
    private Set<Long> titleIds = new LinkedHashSet<>();
    @Min(1)
    @Max(10)
    private Integer initiatives;
    private Scope scope;
    private Long priorFormId;
    @NotBlank
    @Size(max = 300)
    private String legalBasis;
    private boolean setByFront;
}
