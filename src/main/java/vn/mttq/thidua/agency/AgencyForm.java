package vn.mttq.thidua.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** An agency as the create and edit forms send it. */
@Data
public class AgencyForm {

    @NotNull
    private AgencyKind kind;
    @NotBlank
    @Size(max = 300)
    private String name;
    @Size(max = 120)
    private String shortName;
    private Long parentId;
    private Long clusterId;
    @Size(max = 300)
    private String address;
    @Size(max = 40)
    @Pattern(regexp = "[0-9+ ().-]*", message = "{phone.invalid}")
    private String phone;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 200)
    private String contactPerson;
    private Long version;
    /** Why an admin corrects the record of an ended agency (only then asked for). */
    @jakarta.validation.constraints.Size(max = 1000)
    private String correctionReason;

    /** What the form describes, for the service. */
    public AgencyDetails details() {
        return new AgencyDetails(kind, name, shortName, parentId, clusterId, address, phone, email, contactPerson);
    }

    static AgencyForm of(Agency agency) {
        AgencyForm form = new AgencyForm();
        form.setKind(agency.getKind());
        form.setName(agency.getName());
        form.setShortName(agency.getShortName());
        form.setParentId(agency.getParent() == null ? null : agency.getParent().getId());
        form.setClusterId(agency.getCluster() == null ? null : agency.getCluster().getId());
        form.setAddress(agency.getAddress());
        form.setPhone(agency.getPhone());
        form.setEmail(agency.getEmail());
        form.setContactPerson(agency.getContactPerson());
        form.setVersion(agency.getVersion());
        return form;
    }
}
