package vn.mttq.thidua.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Data;

/** A person's move to another unit (of their agency or another), from a date, with the position there. */
@Data
class MoveForm {

    @NotNull
    private Long unitId;
    @NotNull
    private LocalDate fromDate;
    @Size(max = 200)
    private String position;
    @Size(max = 300)
    private String note;
    private Long version;
}
