package vn.mttq.thidua.commendation;

import java.util.Locale;
import vn.mttq.thidua.shared.Names;

/**
 * A nomination as a line of the nomination list: what the line shows, read without loading the nomination, its
 * unit, agency and form as entities. Names as the record shows them (as signed, else today's).
 */
public record NominationRow(Long id, String nomineeName, String unitName, String agencyName, String formName,
                            String formNameEn, int year, NominationStatus status) {

    public String formNameIn(Locale locale) {
        return Names.in(locale, formName, formNameEn);
    }
}
