package io.waymark.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A vocational profile or a CV as a PDF (Apache PDFBox), in the client's words: A4, the parts they wrote under their
 * headings, wrapped to the page. The font is Liberation Sans, which PDFBox carries (Latin, Greek and Cyrillic); a
 * character it has no glyph for is printed as "?".
 */
final class ProfilePdf {

    private static final float MARGIN = 56;
    private static final float BODY = 11;

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    private ProfilePdf(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream ttf = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            this.font = PDType0Font.load(document, ttf);
        }
    }

    /** The parts of a printed page: a title, a line under it, then each heading with its words. */
    record Printed(String title, String subtitle, List<Part> parts) {
    }

    record Part(String heading, String words) {
    }

    static void write(Printed printed, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ProfilePdf pdf = new ProfilePdf(document);
            pdf.newPage();
            pdf.paragraph(printed.title(), 18, 8);
            pdf.paragraph(printed.subtitle(), 9, 14);
            for (Part part : printed.parts()) {
                pdf.paragraph(part.heading(), 13, 4);
                pdf.paragraph(part.words(), BODY, 12);
            }
            pdf.page.close();
            document.getDocumentInformation().setTitle(printed.title());
            document.save(out);
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Words wrapped to the page's width, a line at a time, onto a new page when this one is full. */
    private void paragraph(String words, float size, float after) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String line : wrapped(printable(words), size, width)) {
            if (y < MARGIN + size) {
                newPage();
            }
            y -= size * 1.3f;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(line);
            page.endText();
        }
        y -= after;
    }

    private List<String> wrapped(String words, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : words.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(longer);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The words with each character the font cannot show as "?", and no tabs or control characters. */
    private String printable(String words) {
        StringBuilder shown = new StringBuilder();
        words.replace('\t', ' ').codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            if (c == '\n' || c == '\r') {
                shown.append(one);
                return;
            }
            try {
                font.encode(one);
                shown.append(Character.isISOControl(c) ? "" : one);
            } catch (IOException | IllegalArgumentException missing) {
                shown.append('?');
            }
        });
        return shown.toString();
    }
}
