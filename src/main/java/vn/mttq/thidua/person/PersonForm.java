package vn.mttq.thidua.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import lombok.Data;

/** A person as their form sends them: who they are and, for a new one, the unit they work in. */
@Data
class PersonForm {

    /** Only for a new person: a move changes the unit of one on record. */
    private Long unitId;
    @NotBlank
    @Size(max = 200)
    private String fullName;
    @NotNull
    @Past
    private LocalDate birthDate;
    @NotNull
    private Gender gender;
    @Size(max = 200)
    private String position;
    private Long version;

    static PersonForm of(Person p) {
        PersonForm form = new PersonForm();
        form.setUnitId(p.getUnit().getId());
        form.setFullName(p.getFullName());
        form.setBirthDate(p.getBirthDate());
        form.setGender(p.getGender());
        form.setPosition(p.getPosition());
        form.setVersion(p.getVersion());
        return form;
    }
}
