package vn.mttq.thidua.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A campaign as its form sends it; {@code copyFrom} names the campaign a new one starts as a copy of. */
@Data
public class CampaignForm {

    @NotBlank
    @Size(max = 500)
    private String name;
    @Size(max = 500)
    private String nameEn;
    @NotBlank
    @Size(max = 200)
    private String shortName;
    @NotBlank
    @Size(max = 300)
    private String organiser;
    @Size(max = 300)
    private String coordinatingBody;
    @Size(max = 20000)
    private String description;
    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer startYear;
    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer endYear;
    private Long copyFrom;
    private Long version;

    CampaignDetails details() {
        return new CampaignDetails(name.trim(), blankToNull(nameEn), shortName.trim(), organiser.trim(),
                blankToNull(coordinatingBody), blankToNull(description), startYear, endYear);
    }

    static CampaignForm of(Campaign campaign) {
        CampaignForm form = new CampaignForm();
        form.setName(campaign.getName());
        form.setNameEn(campaign.getNameEn());
        form.setShortName(campaign.getShortName());
        form.setOrganiser(campaign.getOrganiser());
        form.setCoordinatingBody(campaign.getCoordinatingBody());
        form.setDescription(campaign.getDescription());
        form.setStartYear(campaign.getStartYear());
        form.setEndYear(campaign.getEndYear());
        form.setVersion(campaign.getVersion());
        return form;
    }

    /** The form of the campaign that follows {@code previous}: its texts, the next years, as a copy of it. */
    static CampaignForm following(Campaign previous) {
        CampaignForm form = of(previous);
        int length = previous.getEndYear() - previous.getStartYear();
        form.setStartYear(previous.getEndYear() + 1);
        form.setEndYear(previous.getEndYear() + 1 + length);
        form.setCopyFrom(previous.getId());
        form.setVersion(null);
        return form;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
