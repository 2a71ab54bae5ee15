package vn.mttq.thidua.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching: lower case, no diacritics, đ as d, single spaces. "Sở Y tế" and
 * "so y te" fold to the same key, so a search typed without diacritics finds the record.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Folds the parts and joins them, so that one key answers a search on any of them. */
    public static String key(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            String folded = fold(part);
            if (!folded.isEmpty()) {
                if (!key.isEmpty()) {
                    key.append(" | ");
                }
                key.append(folded);
            }
        }
        return key.toString();
    }

    /** A LIKE pattern for a user's query, with LIKE's own wildcards taken literally. */
    public static String containsPattern(String query) {
        String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
