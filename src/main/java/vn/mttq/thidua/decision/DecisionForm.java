package vn.mttq.thidua.decision;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A draft decision: its title, date, signer, and the approved nominees it commends. */
@Data
public class DecisionForm {

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
}
