package vn.mttq.thidua.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Withdrawing a unit needs a reason. */
@Data
class WithdrawForm {

    @NotBlank
    @Size(max = 500)
    private String reason;
    private Long version;
}
