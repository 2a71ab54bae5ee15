package vn.mttq.thidua.pledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A pledge as its edit form sends it; targets are rows that the form can add and remove without script. */
@Data
public class PledgeForm {

    static final int MAX_TARGETS = 50;

    @NotNull
    private EmulationTitle titleAimed;
    @NotBlank
    @Size(max = 200)
    private String signatoryName;
    @Size(max = 200)
    private String signatoryPosition;
    @Valid
    @Size(max = MAX_TARGETS)
    private List<Target> targets = new ArrayList<>();
    /** How many target rows the page showed: a post that carries fewer arrived incomplete. */
    private Integer targetRows;
    private Long version;

    @Data
    public static class Target {
        @NotBlank
        @Size(max = 300)
        private String name;
        @NotBlank
        @Size(max = 60)
        private String measure;
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("999999999999")
        private BigDecimal targetValue;
    }

    /** What the form says, for the service. */
    public PledgeDetails details() {
        return new PledgeDetails(titleAimed, signatoryName, signatoryPosition, values());
    }

    List<TargetValues> values() {
        return targets.stream().map(t -> new TargetValues(t.getName().trim(), t.getMeasure().trim(), t.getTargetValue()))
                .toList();
    }

    static PledgeForm of(Pledge pledge) {
        PledgeForm form = new PledgeForm();
        form.setTitleAimed(pledge.getTitleAimed());
        form.setSignatoryName(pledge.getSignatoryName());
        form.setSignatoryPosition(pledge.getSignatoryPosition());
        for (PledgeTarget t : pledge.getTargets()) {
            Target target = new Target();
            target.setName(t.getName());
            target.setMeasure(t.getMeasure());
            target.setTargetValue(t.getTargetValue());
            form.getTargets().add(target);
        }
        form.setVersion(pledge.getVersion());
        return form;
    }
}
