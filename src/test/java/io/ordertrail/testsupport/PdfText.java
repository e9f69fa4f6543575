package io.ordertrail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A PDF's text as poppler's pdftotext reads it, as a person's PDF reader would show it (keeping the layout). */
public final class PdfText {

    private PdfText() {}

    public static String of(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("ordertrail", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("pdftotext: %s", text).isZero();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
