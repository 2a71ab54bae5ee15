package vn.mttq.thidua.ranking;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import lombok.Data;

/** The lowest scores of the classifications; "Trung bình" takes everything below "Khá". */
@Data
class ThresholdForm {

    @NotNull
    @DecimalMin("0")
    @DecimalMax("1000")
    private BigDecimal excellent;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("1000")
    private BigDecimal good;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("1000")
    private BigDecimal fair;
}
