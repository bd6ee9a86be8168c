package nl.doorbraak.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Renders XHTML to a PDF that is PDF/UA-1 (tagged, titled, with a language, fonts embedded) and PDF/A-3u (archivable,
 * with an sRGB output intent): a verslag must be readable with a screen reader and still open in ten years.
 *
 * <p>The house print style ({@value #PRINT_STYLESHEET}: A4, "Pagina X van Y", DejaVu Sans) is added in front of the
 * template's own styles. Only the document itself is rendered: external resources (style sheets, images, fonts by
 * URL) are never fetched, so nothing in a template can read files or reach the network.
 *
 * <pre>{@code
 * byte[] pdf = pdfRenderer.render(thymeleafXhtml, "Verslag doorbraaktafel 3 juni 2026", Locale.forLanguageTag("nl"));
 * }</pre>
 */
@Component
public class PdfRenderer {

    /** Classpath location of the house print style, for a template preview outside the renderer. */
    public static final String PRINT_STYLESHEET = "pdf/print.css";

    private static final String PRODUCER = "Doorbraak";

    private final HouseFonts fonts = new HouseFonts();
    private final String printCss = new String(HouseFonts.read(PRINT_STYLESHEET), StandardCharsets.UTF_8);
    private final byte[] srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * @param xhtml    a well-formed XHTML document with an {@code <html>} root
     * @param title    the document title, written into the PDF and shown by readers instead of the file name
     * @param language the document's language, such as Dutch; it overrides any {@code lang} the template has
     * @throws PdfRenderingException when the XHTML is malformed or cannot be rendered
     */
    public byte[] render(String xhtml, String title, Locale language) {
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(language, "language");
        if (title == null || title.isBlank()) {
            throw new PdfRenderingException("A PDF/UA document needs a title");
        }
        Document document = XhtmlDocuments.parse(xhtml);
        AccessibleHead.apply(document, title.strip(), language, printCss);
        return toPdf(document);
    }

    private byte[] toPdf(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(document, null)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(srgbProfile)
                .withProducer(PRODUCER)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        fonts.registerWith(builder);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new PdfRenderingException("Cannot render the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
