package vn.mttq.thidua.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A unit as the register and edit forms send it. */
@Data
public class UnitForm {

    @NotBlank
    @Size(max = 300)
    private String name;
    @NotNull
    private Long contentAreaId;
    @NotNull
    private UnitKind kind;
    @Size(max = 300)
    private String address;
    @Size(max = 200)
    private String contactName;
    @Size(max = 40)
    @Pattern(regexp = "[0-9+ ().-]*", message = "{phone.invalid}")
    private String contactPhone;
    @Email
    @Size(max = 200)
    private String contactEmail;
    private Long version;

    /** What the form describes, for the service. */
    public UnitDetails details() {
        return new UnitDetails(name, contentAreaId, kind, address, contactName, contactPhone, contactEmail);
    }

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.setName(unit.getName());
        form.setContentAreaId(unit.getContentArea().getId());
        form.setKind(unit.getKind());
        form.setAddress(unit.getAddress());
        form.setContactName(unit.getContactName());
        form.setContactPhone(unit.getContactPhone());
        form.setContactEmail(unit.getContactEmail());
        form.setVersion(unit.getVersion());
        return form;
    }
}
