package vn.mttq.thidua.eligibility;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Data;

/** A title or rating a unit received for a year, as staff enter it from another body's decision. */
@Data
class TitleAwardForm {

    @NotNull
    private Long titleId;
    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @NotBlank
    @Size(max = 300)
    private String decidingBody;
    @NotBlank
    @Size(max = 60)
    private String documentNumber;
    @NotNull
    private LocalDate decidedOn;
}
