package vn.mttq.thidua.campaign;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A document of the legal basis as its form sends it. */
@Data
public class DocumentForm {

    @NotBlank
    @Size(max = 100)
    private String number;
    @NotNull
    private LocalDate issuedOn;
    @NotBlank
    @Size(max = 300)
    private String issuer;
    @NotBlank
    @Size(max = 500)
    private String title;
}
