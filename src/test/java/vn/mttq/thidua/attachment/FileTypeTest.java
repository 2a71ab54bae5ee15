package vn.mttq.thidua.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The type of an evidence file comes from its bytes; a name or a browser's claim does not count. */
public class FileTypeTest {

    public static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesTheAcceptedKinds() throws IOException {
        assertThat(FileType.detect("%PDF-1.7\n".getBytes())).contains("application/pdf");
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains("image/png");
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("image/jpeg");
        assertThat(FileType.detect("GIF89a....".getBytes())).contains("image/gif");
        assertThat(FileType.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).contains("image/webp");
        assertThat(FileType.detect(zip("[Content_Types].xml", "word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileType.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
    }

    @Test
    void refusesEverythingElse() throws IOException {
        assertThat(FileType.detect("văn bản thường".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileType.detect("MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.detect("<html><script>".getBytes())).isEmpty();
        assertThat(FileType.detect(zip("virus.exe"))).isEmpty();
        assertThat(FileType.detect(zip("word/document.xml"))).isEmpty();
        assertThat(FileType.detect(new byte[] {'P', 'K', 3, 4, 1, 2})).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
    }

    /** A ZIP whose named entries hold the given text. */
    public static byte[] zipWith(java.util.Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void wordAndExcelWithMacrosAreRefusedWhateverTheirName() throws IOException {
        assertThat(FileType.inspect(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")).verdict())
                .isEqualTo(FileType.Verdict.MACROS);
        byte[] xlsm = zipWith(java.util.Map.of("[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>",
                "xl/workbook.xml", "<workbook/>"));
        assertThat(FileType.inspect(xlsm).verdict()).isEqualTo(FileType.Verdict.MACROS);
        assertThat(FileType.detect(xlsm)).isEmpty();
    }

    @Test
    void aZipThatInflatesBeyondTheBudgetIsRefusedAfterABoundedAmountOfWork() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 110; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(1024 * 1024);
        assertThat(FileType.inspect(bytes.toByteArray()).verdict()).isEqualTo(FileType.Verdict.UNKNOWN);
    }

    @Test
    void aStoredNameEndsWithTheExtensionOfItsRealType() {
        assertThat(FileType.nameFor("bao-cao.html", "application/pdf")).isEqualTo("bao-cao.pdf");
        assertThat(FileType.nameFor("anh.JPEG", "image/jpeg")).isEqualTo("anh.JPEG");
        assertThat(FileType.nameFor("Biên bản họp.docx", FileType.DOCX)).isEqualTo("Biên bản họp.docx");
        assertThat(FileType.nameFor("khong-duoi", "image/png")).isEqualTo("khong-duoi.png");
        assertThat(FileType.nameFor("so-lieu.xlsm", FileType.XLSX)).isEqualTo("so-lieu.xlsx");
    }

    @Test
    void aFileNameKeepsNoFolderAndNoControlCharacters() {
        assertThat(UploadedFile.safeName("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
        assertThat(UploadedFile.safeName("a\u200Bb\u2066.pdf")).isEqualTo("ab.pdf");
        assertThat(UploadedFile.safeName("C:\\Users\\a\\Biên bản họp.pdf")).isEqualTo("Biên bản họp.pdf");
        assertThat(UploadedFile.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedFile.safeName("a\"b\n.pdf")).isEqualTo("ab.pdf");
        assertThat(UploadedFile.safeName("")).isEqualTo("tep");
    }
}
