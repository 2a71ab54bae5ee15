package vn.mttq.thidua.commendation;

import vn.mttq.thidua.person.Gender;
import vn.mttq.thidua.catalogue.NomineeType;

import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A nomination as its form sends it. */
@Data
public class NominationForm {

    @NotNull
    private Long unitId;
    @NotNull
    private NomineeType nomineeType;
    /** The person on record nominated; or, for one not yet on record, their name to gender typed in. */
    private Long personId;
    @Size(max = 200)
    private String individualName;
    @Size(max = 200)
    private String individualPosition;
    @Min(1920)
    @Max(2010)
    private Integer birthYear;
    private Gender gender;
    @NotNull
    private Long formId;
    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @NotBlank
    @Size(max = 20000)
    private String achievements;
    private Set<Long> reportIds = new HashSet<>();
    private Long version;

    static NominationForm of(Nomination n) {
        NominationForm form = new NominationForm();
        form.setUnitId(n.getUnit().getId());
        form.setNomineeType(n.getNomineeType());
        form.setPersonId(n.getPersonId());
        form.setIndividualName(n.getIndividualName());
        form.setIndividualPosition(n.getIndividualPosition());
        form.setBirthYear(n.getBirthYear());
        form.setGender(n.getGender());
        form.setFormId(n.getForm().getId());
        form.setYear(n.getYear());
        form.setAchievements(n.getAchievements());
        form.getReportIds().addAll(n.getReportIds());
        form.setVersion(n.getVersion());
        return form;
    }

    /** What the form says, for the service. */
    public NominationDetails details() {
        return new NominationDetails(unitId, nomineeType, personId, individualName, individualPosition, birthYear, gender, formId,
                year, achievements, reportIds);
    }
}
