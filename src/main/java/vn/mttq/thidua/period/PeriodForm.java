package vn.mttq.thidua.period;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import lombok.Data;

/** The dates of a period as the edit form sends them (dd/MM/yyyy). */
@Data
class PeriodForm {

    @NotNull
    private LocalDate opensOn;
    @NotNull
    private LocalDate dueOn;
    @NotNull
    private LocalDate closesOn;
    private Long version;

    static PeriodForm of(ReportingPeriod period) {
        PeriodForm form = new PeriodForm();
        form.setOpensOn(period.getOpensOn());
        form.setDueOn(period.getDueOn());
        form.setClosesOn(period.getClosesOn());
        form.setVersion(period.getVersion());
        return form;
    }
}
