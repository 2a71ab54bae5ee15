package vn.mttq.thidua.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file people hand in (evidence, dossiers), recognised from the bytes, never from the name or the
 * browser's say: PDF, PNG, JPEG, GIF, WebP, and Word (DOCX) and Excel (XLSX) documents.
 */
public final class FileType {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FileType() {
    }

    public static Optional<String> detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes())) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, "GIF87a".getBytes()) || startsWith(bytes, "GIF89a".getBytes())) {
            return Optional.of("image/gif");
        }
        if (bytes.length > 12 && startsWith(bytes, "RIFF".getBytes())
                && new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return office(bytes);
        }
        return Optional.empty();
    }

    /** A ZIP is a Word or Excel document only if it holds the part that makes it one. */
    private static Optional<String> office(byte[] bytes) {
        boolean contentTypes = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null && entries < 2000; entry = zip.getNextEntry()) {
                entries++;
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    kind = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    kind = XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes && kind != null ? Optional.of(kind) : Optional.empty();
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
