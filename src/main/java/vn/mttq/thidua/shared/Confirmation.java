package vn.mttq.thidua.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The seal of a confirmation page: a step that cannot be undone, or that changes other people's records, is shown
 * first with what it will do in numbers, and the page's form carries a digest of those numbers. The step is taken
 * only when the digest it is posted with is the one of what it would do now: a post that skipped the page (made by
 * hand, or an old form) or one made after the numbers moved is refused and changes nothing.
 */
public final class Confirmation {

    private Confirmation() {
    }

    /** The digest of what a confirmation page showed: the record, its version and the figures. */
    public static String of(Object... shown) {
        StringBuilder text = new StringBuilder();
        for (Object part : shown) {
            text.append(part).append('\u001f');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses a step posted without its confirmation page ({@code confirmation.error.missing}) or after what the page
     * said has changed ({@code confirmation.error.changed}).
     */
    public static void require(String posted, String now) {
        if (posted == null || posted.isBlank()) {
            throw new BusinessRuleException("confirmation.error.missing");
        }
        if (!posted.equals(now)) {
            throw new BusinessRuleException("confirmation.error.changed");
        }
    }
}
