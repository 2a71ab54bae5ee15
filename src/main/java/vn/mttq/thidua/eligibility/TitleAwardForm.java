package vn.mttq.thidua.eligibility;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Data;

/**
 * A title or rating a unit received for a year, as staff enter it from another body's decision. Serializable: after a
 * removal it goes back to the page in the session's flash attributes.
 */
@Data
class TitleAwardForm implements Serializable {

    private static final long serialVersionUID = 1L;


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

    /** The form filled in with what a record held (to record it again after removing it by mistake). */
    static TitleAwardForm of(TitleAward award) {
        TitleAwardForm form = new TitleAwardForm();
        form.setTitleId(award.getTitle().getId());
        form.setYear(award.getYear());
        form.setDecidingBody(award.getDecidingBody());
        form.setDocumentNumber(award.getDocumentNumber());
        form.setDecidedOn(award.getDecidedOn());
        return form;
    }
}
