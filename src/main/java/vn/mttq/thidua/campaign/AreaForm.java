package vn.mttq.thidua.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A content area as its form sends it. */
@Data
public class AreaForm {

    @NotBlank
    @Size(max = 500)
    private String name;
    @Size(max = 500)
    private String nameEn;
    @NotBlank
    @Size(max = 300)
    private String targetGroup;
    @Size(max = 300)
    private String targetGroupEn;
    @Size(max = 5000)
    private String description;

    AreaDetails details() {
        return new AreaDetails(name.trim(), CampaignForm.blankToNull(nameEn), targetGroup.trim(),
                CampaignForm.blankToNull(targetGroupEn), CampaignForm.blankToNull(description));
    }

    static AreaForm of(ContentArea area) {
        AreaForm form = new AreaForm();
        form.setName(area.getName());
        form.setNameEn(area.getNameEn());
        form.setTargetGroup(area.getTargetGroup());
        form.setTargetGroupEn(area.getTargetGroupEn());
        form.setDescription(area.getDescription());
        return form;
    }
}
