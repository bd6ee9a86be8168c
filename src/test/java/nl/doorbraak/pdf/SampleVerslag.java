package nl.doorbraak.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The sample verslag from the test resources, rendered once for all tests that only read the result. */
final class SampleVerslag {

    static final String TITLE = "Verslag doorbraaktafel 3 juni 2026";
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static byte[] pdf;

    private SampleVerslag() {
    }

    static String xhtml() {
        try (InputStream in = SampleVerslag.class.getResourceAsStream("/pdf/verslag-voorbeeld.xhtml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized byte[] pdf() {
        if (pdf == null) {
            pdf = new PdfRenderer().render(xhtml(), TITLE, DUTCH);
        }
        return pdf.clone();
    }
}
