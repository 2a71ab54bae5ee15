package vn.mttq.thidua.period;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import lombok.Data;

/** A period staff add to a campaign, as its form sends it. */
@Data
public class NewPeriodForm {

    @NotNull
    private Long campaignId;
    @NotNull
    private PeriodKind kind;
    @NotNull
    private Integer year;
    @NotNull
    private LocalDate opensOn;
    @NotNull
    private LocalDate dueOn;
    @NotNull
    private LocalDate closesOn;
}
