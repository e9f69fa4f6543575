package io.ordertrail.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Text as a PDF to file: a title and the text on A4 pages (Apache PDFBox); a confirmation, a record summary. */
public final class TextPdf {

    private static final float MARGIN = 56;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private TextPdf() {}

    public static byte[] render(String title, String text) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                wrap(line, lines);
            }
            int index = 0;
            boolean first = true;
            while (first || index < lines.size()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    if (first) {
                        content.beginText();
                        content.setFont(bold, 16);
                        content.newLineAtOffset(MARGIN, y);
                        content.showText(printable(title, bold));
                        content.endText();
                        y -= 2 * LEADING;
                        first = false;
                    }
                    content.beginText();
                    content.setFont(regular, 10);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, y);
                    while (index < lines.size() && y > MARGIN) {
                        content.showText(printable(lines.get(index++), regular));
                        content.newLine();
                        y -= LEADING;
                    }
                    content.endText();
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF " + title, e);
        }
    }

    private static void wrap(String line, List<String> into) {
        String rest = line;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut < WRAP / 2 ? WRAP : cut;
            into.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        into.add(rest);
    }

    /** The standard fonts cover Latin-1 and a little more; anything else is shown as "?", never an error. */
    private static String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
