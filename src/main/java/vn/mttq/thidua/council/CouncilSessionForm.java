package vn.mttq.thidua.council;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A council session as its form sends it; quorum and threshold left empty mean a majority of all members. */
@Data
public class CouncilSessionForm {

    @NotBlank
    @Size(max = 300)
    private String title;
    @NotNull
    private LocalDate heldOn;
    @NotEmpty
    private Set<Long> memberIds = new LinkedHashSet<>();
    @Min(1)
    @Max(200)
    private Integer quorum;
    @Min(1)
    @Max(200)
    private Integer approvalThreshold;

    /** What the form says, for the service. */
    public CouncilSessionDetails details() {
        return new CouncilSessionDetails(title, heldOn, memberIds, quorum, approvalThreshold);
    }
}
