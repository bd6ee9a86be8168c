package nl.doorbraak.verslag;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where a PDF's text stands on its page, glyph by glyph, in content order (a table cell's text stays together), so a
 * test can tell whether one column's text runs into the next. Positions are in points from the page's left edge.
 */
final class Glyphs {

    private record Glyph(int page, String text, float left, float right) {
    }

    private final List<Glyph> glyphs;
    private final String text;

    /** The glyphs from the first occurrence of {@code anchor} on, such as a table's caption. */
    Glyphs after(String anchor) {
        return new Glyphs(glyphs.subList(text.indexOf(anchor), glyphs.size()));
    }

    private Glyphs(List<Glyph> glyphs) {
        this.glyphs = glyphs;
        StringBuilder all = new StringBuilder();
        glyphs.forEach(g -> all.append(g.text().charAt(0)));
        this.text = all.toString();
    }

    static Glyphs of(PDDocument document) throws IOException {
        List<Glyph> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (!p.getUnicode().isEmpty()) {
                        found.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                                p.getXDirAdj() + p.getWidthDirAdj()));
                    }
                }
            }
        };
        stripper.getText(document);
        return new Glyphs(found);
    }

    /** The rightmost edge of the first occurrence of {@code word}. */
    float right(String word) {
        return occurrence(word).stream().map(Glyph::right).max(Float::compare).orElseThrow();
    }

    /** The leftmost edge of the first occurrence of {@code word}. */
    float left(String word) {
        return occurrence(word).stream().map(Glyph::left).min(Float::compare).orElseThrow();
    }

    /** The page (counted from 1) the first occurrence of {@code word} is on. */
    int page(String word) {
        return occurrence(word).get(0).page();
    }

    /** The page at 200 % (144 dpi) as a PNG, for a person to look at; not part of any assertion. */
    static void preview(PDDocument document, int page, String file) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 144);
        Path path = Path.of(file);
        Files.createDirectories(path.getParent());
        ImageIO.write(image, "png", path.toFile());
    }

    private List<Glyph> occurrence(String word) {
        int at = text.indexOf(word);
        if (at < 0) {
            throw new AssertionError("not in the PDF: " + word);
        }
        return glyphs.subList(at, at + word.length());
    }
}
