package vn.mttq.thidua.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Data;

/** A hold as staff enter it: its kind, from when until when (left open while it lasts), and why. */
@Data
class HoldForm {

    @NotNull
    private HoldKind kind;
    @NotNull
    private LocalDate fromDate;
    private LocalDate untilDate;
    @NotBlank
    @Size(max = 1000)
    private String reason;
}
