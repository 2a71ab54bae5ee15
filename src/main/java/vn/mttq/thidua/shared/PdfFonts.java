package vn.mttq.thidua.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

import org.springframework.core.io.ClassPathResource;

/**
 * The fonts every PDF of the application embeds — DejaVu Serif, which has every Vietnamese diacritic — read once
 * from the classpath.
 */
public final class PdfFonts {

    public static final BaseFont REGULAR = font("fonts/DejaVuSerif.ttf");
    public static final BaseFont BOLD = font("fonts/DejaVuSerif-Bold.ttf");
    public static final BaseFont ITALIC = font("fonts/DejaVuSerif-Italic.ttf");
    public static final BaseFont BOLD_ITALIC = font("fonts/DejaVuSerif-BoldItalic.ttf");

    private PdfFonts() {
    }

    private static BaseFont font(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
