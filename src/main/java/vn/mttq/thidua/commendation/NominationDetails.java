package vn.mttq.thidua.commendation;

import vn.mttq.thidua.person.Gender;
import vn.mttq.thidua.catalogue.NomineeType;

import java.util.Set;

/** What a nomination proposes, as the service takes it: the nominee, the form of commendation, the year, why. */
public record NominationDetails(Long unitId, NomineeType nomineeType, Long personId, String individualName, String individualPosition,
                                Integer birthYear, Gender gender, Long formId, Integer year, String achievements,
                                Set<Long> reportIds) {
}
