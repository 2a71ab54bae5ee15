package vn.mttq.thidua.attachment;

import org.springframework.modulith.NamedInterface;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file people hand in (evidence, dossiers), recognised from the bytes, never from the name or the
 * browser's say: PDF, PNG, JPEG, GIF, WebP, and Word (DOCX) and Excel (XLSX) documents without macros. A Word
 * or Excel file is a ZIP: it is read with a budget (entries and decompressed bytes), so that a small file that
 * inflates to gigabytes is refused after a few megabytes of work.
 */
@NamedInterface("api")
public final class FileType {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** At most this many bytes are inflated while looking into a Word or Excel file, and this many entries. */
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;

    /** The extension a stored file gets for its type, whatever the name it came with. */
    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf", "image/png", "png", "image/jpeg", "jpg", "image/gif", "gif",
            "image/webp", "webp", DOCX, "docx", XLSX, "xlsx");

    /** What looking into the bytes found: the type, or why the file is refused. */
    public enum Verdict { ACCEPTED, UNKNOWN, MACROS }

    public record Inspection(Verdict verdict, String contentType) {
    }

    private FileType() {
    }

    public static Optional<String> detect(byte[] bytes) {
        Inspection inspection = inspect(bytes);
        return inspection.verdict() == Verdict.ACCEPTED ? Optional.of(inspection.contentType()) : Optional.empty();
    }

    public static Inspection inspect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return accepted("application/pdf");
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return accepted("image/png");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return accepted("image/jpeg");
        }
        if (startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return accepted("image/gif");
        }
        if (bytes.length > 12 && startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return accepted("image/webp");
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return office(bytes);
        }
        return new Inspection(Verdict.UNKNOWN, null);
    }

    /** The file's name with the extension of its type: "x.html" holding a PDF is stored as "x.pdf". */
    public static String nameFor(String name, String contentType) {
        String extension = EXTENSIONS.get(contentType);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String current = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (current.equals(extension) || (extension.equals("jpg") && current.equals("jpeg"))) {
            return name;
        }
        return (base.isBlank() ? "tep" : base) + "." + extension;
    }

    /**
     * A ZIP is a Word or Excel document only if it holds the parts that make it one; one with macros
     * (vbaProject.bin, a macro-enabled content type) is refused whatever its name.
     */
    private static Inspection office(byte[] bytes) {
        boolean contentTypesSeen = false;
        boolean macros = false;
        String kind = null;
        long budget = MAX_INFLATED_BYTES;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return new Inspection(Verdict.UNKNOWN, null);
                }
                String name = entry.getName();
                boolean keep = name.equals("[Content_Types].xml");
                ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    budget -= n;
                    if (budget < 0) {
                        return new Inspection(Verdict.UNKNOWN, null);
                    }
                    if (keep && content.size() < 1024 * 1024) {
                        content.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    contentTypesSeen = true;
                    macros |= content.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("macroenabled");
                } else if (name.equals("word/document.xml")) {
                    kind = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    kind = XLSX;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                macros |= lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Inspection(Verdict.UNKNOWN, null);
        }
        if (!contentTypesSeen || kind == null) {
            return new Inspection(Verdict.UNKNOWN, null);
        }
        return macros ? new Inspection(Verdict.MACROS, kind) : accepted(kind);
    }

    private static Inspection accepted(String type) {
        return new Inspection(Verdict.ACCEPTED, type);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
