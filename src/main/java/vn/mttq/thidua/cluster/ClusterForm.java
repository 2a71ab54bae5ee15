package vn.mttq.thidua.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Data;

/** A cluster of a year as its form sends it. */
@Data
class ClusterForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    private ClusterKind kind;
    private List<Long> memberIds = new ArrayList<>();
    private Long headId;
    private Long deputyId;
    @Size(max = 60)
    private String decisionNumber;
    private LocalDate decisionDate;
    private Long version;

    static ClusterForm of(Cluster c) {
        ClusterForm form = new ClusterForm();
        form.setYear(c.getYear());
        form.setName(c.getName());
        form.setKind(c.getKind());
        form.setMemberIds(new ArrayList<>(c.agencies().stream().map(a -> a.getId()).toList()));
        form.setHeadId(c.getHead() == null ? null : c.getHead().getId());
        form.setDeputyId(c.getDeputy() == null ? null : c.getDeputy().getId());
        form.setDecisionNumber(c.getDecisionNumber());
        form.setDecisionDate(c.getDecisionDate());
        form.setVersion(c.getVersion());
        return form;
    }

    ClusterDetails details() {
        return new ClusterDetails(year, name.strip(), kind, memberIds, headId, deputyId,
                decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip(), decisionDate);
    }
}
