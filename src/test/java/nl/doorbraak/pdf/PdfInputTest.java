package nl.doorbraak.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input fails with a message that names the problem; good input needs no more than an html root. */
class PdfInputTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void malformedXhtmlNamesLineColumnAndTheUnclosedElement() {
        String unclosed = "<html lang=\"nl\">\n<body>\n<p>Niet gesloten\n</body>\n</html>";

        assertThatThrownBy(() -> renderer.render(unclosed, "Verslag", SampleVerslag.DUTCH))
                .isInstanceOf(PdfRenderingException.class)
                .hasMessageContaining("Malformed XHTML at line 4")
                .hasMessageContaining("\"p\"");
    }

    @Test
    void htmlEntitiesThatXmlDoesNotKnowAreReportedNotSkipped() {
        String entity = "<html><body><p>A&nbsp;B</p></body></html>";

        assertThatThrownBy(() -> renderer.render(entity, "Verslag", SampleVerslag.DUTCH))
                .isInstanceOf(PdfRenderingException.class)
                .hasMessageContaining("nbsp");
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("geheim.txt"), "GEHEIM-BSN-123456782");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>"
                + "<html><body><p>Voor &secret; na</p></body></html>";

        byte[] bytes = renderer.render(xxe, "Verslag", SampleVerslag.DUTCH);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Voor").doesNotContain("GEHEIM");
        }
    }

    @Test
    void imagesAndStyleSheetsFromOutsideAreNotFetched(@TempDir Path folder) throws IOException {
        Path css = Files.writeString(folder.resolve("extern.css"), "p { display: none; }");
        String linked = "<html><head><link rel=\"stylesheet\" href=\"" + css.toUri() + "\"/></head>"
                + "<body><p>Zichtbaar</p></body></html>";

        byte[] bytes = renderer.render(linked, "Verslag", SampleVerslag.DUTCH);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Zichtbaar");
        }
    }

    @Test
    void aDocumentThatIsNotHtmlIsRefused() {
        assertThatThrownBy(() -> renderer.render("<verslag/>", "Verslag", SampleVerslag.DUTCH))
                .isInstanceOf(PdfRenderingException.class)
                .hasMessageContaining("<html>");
    }

    @Test
    void aTitleIsRequired() {
        assertThatThrownBy(() -> renderer.render("<html><body/></html>", " ", SampleVerslag.DUTCH))
                .isInstanceOf(PdfRenderingException.class)
                .hasMessageContaining("title");
    }

    @Test
    void aBareDocumentGetsHeadTitleAndLanguageFromTheRenderer() throws IOException {
        byte[] bytes = renderer.render("<html><body><h1>Kort</h1><p>Eén regel.</p></body></html>", "Kort verslag",
                SampleVerslag.DUTCH);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Kort verslag");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Eén regel.");
        }
    }
}
