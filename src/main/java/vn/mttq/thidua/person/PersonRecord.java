package vn.mttq.thidua.person;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** A person as other modules read them: who they are and where they work today. */
@NamedInterface("api")
public record PersonRecord(Long id, String fullName, LocalDate birthDate, int birthYear, Gender gender, String position,
                           Long unitId, String unitName, String agencyName) {

    static PersonRecord of(Person p) {
        return new PersonRecord(p.getId(), p.getFullName(), p.getBirthDate(), p.getBirthYear(), p.getGender(),
                p.getPosition(), p.getUnit().getId(), p.getUnit().getName(), p.getUnit().getAgency().getName());
    }

    /** How a choice of persons names one: "Nguyễn Văn A (1980) — unit". */
    public String getName() {
        return fullName + " (" + birthYear + ") — " + unitName;
    }

    public Long getId() {
        return id;
    }
}
