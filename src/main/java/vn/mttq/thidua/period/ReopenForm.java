package vn.mttq.thidua.period;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Reopening a closed period for one unit. */
@Data
class ReopenForm {

    @NotNull
    private Long unitId;
    @NotNull
    private LocalDate openUntil;
    @NotBlank
    @Size(max = 1000)
    private String reason;
}
