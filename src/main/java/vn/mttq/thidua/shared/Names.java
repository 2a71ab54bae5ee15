package vn.mttq.thidua.shared;

import java.util.Locale;

/**
 * The one rule for a name kept in both languages (campaigns, content areas, periods, forms of commendation, and the
 * rows read from them): the English one for a reader of English when there is one, else the Vietnamese.
 */
public final class Names {

    private Names() {
    }

    public static String in(Locale locale, String vietnamese, String english) {
        return locale != null && "en".equals(locale.getLanguage()) && english != null && !english.isBlank() ? english : vietnamese;
    }
}
