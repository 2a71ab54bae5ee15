package vn.mttq.thidua.attachment;

import org.springframework.modulith.NamedInterface;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.mttq.thidua.shared.BusinessRuleException;

/**
 * A file someone hands in, read and checked once: not empty, at most {@link #MAX_BYTES}, of a kind
 * {@link FileType} recognises from its bytes (Word and Excel without macros), with a name that keeps no folder
 * part and ends with the extension of its real type. A refusal is a
 * {@link BusinessRuleException} whose key starts with the caller's prefix ("evidence.error.type"…).
 */
@NamedInterface("api")
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
        FileType.Inspection inspection = FileType.inspect(bytes);
        if (inspection.verdict() == FileType.Verdict.MACROS) {
            throw new BusinessRuleException(messagePrefix + ".error.macros");
        }
        if (inspection.verdict() != FileType.Verdict.ACCEPTED) {
            throw new BusinessRuleException(messagePrefix + ".error.type");
        }
        String type = inspection.contentType();
        return new UploadedFile(FileType.nameFor(safeName(originalName), type), type, bytes, sha256(bytes));
    }

    /**
     * The name without any folder part, control or format characters (a right-to-left override can make
     * "fdp.exe" read as "exe.pdf"), and not longer than the column.
     */
    public static String safeName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").trim();
        if (name.isEmpty()) {
            name = "tep";
        }
        return name.length() > 190 ? name.substring(name.length() - 190) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
