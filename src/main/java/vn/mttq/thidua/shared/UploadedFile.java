package vn.mttq.thidua.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file someone hands in, read and checked once: not empty, at most {@link #MAX_BYTES}, of a kind
 * {@link FileType} recognises from its bytes, with a name that keeps no folder part. A refusal is a
 * {@link BusinessRuleException} whose key starts with the caller's prefix ("evidence.error.type"…).
 */
public record UploadedFile(String name, String contentType, byte[] bytes, String sha256) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public static UploadedFile read(String originalName, long declaredSize, InputStream content, String messagePrefix) {
        if (declaredSize <= 0) {
            throw new BusinessRuleException(messagePrefix + ".error.empty");
        }
        if (declaredSize > MAX_BYTES) {
            throw new BusinessRuleException(messagePrefix + ".error.tooLarge", 10);
        }
        byte[] bytes;
        try (InputStream in = content) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw new BusinessRuleException(messagePrefix + ".error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleException(messagePrefix + ".error.tooLarge", 10);
        }
        String type = FileType.detect(bytes).orElseThrow(() -> new BusinessRuleException(messagePrefix + ".error.type"));
        return new UploadedFile(safeName(originalName), type, bytes, sha256(bytes));
    }

    /** The name without any folder part or control characters, and not longer than the column. */
    public static String safeName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "tep";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
