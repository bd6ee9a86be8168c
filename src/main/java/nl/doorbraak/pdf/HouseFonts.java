package nl.doorbraak.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * DejaVu Sans in four faces, shipped in {@code fonts/} (license next to them). PDF/A and PDF/UA demand embedded fonts,
 * and DejaVu covers every Dutch letter, the euro sign and typographic quotes. The files are read once and kept.
 */
final class HouseFonts {

    static final String FAMILY = "DejaVu Sans";

    private record Face(byte[] data, int weight, FontStyle style) {
    }

    private final List<Face> faces = List.of(
            new Face(read("fonts/DejaVuSans.ttf"), 400, FontStyle.NORMAL),
            new Face(read("fonts/DejaVuSans-Bold.ttf"), 700, FontStyle.NORMAL),
            new Face(read("fonts/DejaVuSans-Oblique.ttf"), 400, FontStyle.ITALIC),
            new Face(read("fonts/DejaVuSans-BoldOblique.ttf"), 700, FontStyle.ITALIC));

    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.data()), FAMILY, face.weight(), face.style(), true);
        }
    }

    static byte[] read(String resource) {
        try (InputStream in = HouseFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
