package vn.mttq.thidua.criterion;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
public class CriterionForm {

    @NotNull
    private Long contentAreaId;
    private Long parentId;
    @NotBlank
    @Size(max = 20)
    private String code;
    @NotBlank
    @Size(max = 500)
    private String name;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("1000")
    private BigDecimal maxPoints;
    @DecimalMin("0")
    @DecimalMax("1000")
    private BigDecimal bonusPoints;
    @Min(0)
    @Max(10000)
    private int sortOrder;
    private Long version;

    /** What the form describes, for the service. */
    public CriterionDetails details() {
        return new CriterionDetails(contentAreaId, parentId, code, name, maxPoints, bonusPoints, sortOrder);
    }

    static CriterionForm of(Criterion criterion) {
        CriterionForm form = new CriterionForm();
        form.setContentAreaId(criterion.getContentArea().getId());
        form.setParentId(criterion.getParentId());
        form.setCode(criterion.getCode());
        form.setName(criterion.getName());
        form.setMaxPoints(criterion.getMaxPoints());
        form.setBonusPoints(criterion.getBonusPoints());
        form.setSortOrder(criterion.getSortOrder());
        form.setVersion(criterion.getVersion());
        return form;
    }
}
