package nl.doorbraak.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The sample verslag, read back with PDFBox: text, tags, language, title, fonts and PDF/UA identification. */
class PdfRendererTest {

    @Test
    void keepsDutchTextExactly() throws IOException {
        String text = text();

        assertThat(text).contains("Verslag doorbraaktafel", "Zoë van Dijk", "Noël Çelik", "Joëlle Hoogeveen",
                "Zorgcoördinator", "naïeve", "één plan", "reïntegratie", "€ 45,50", "“We willen dat hij weer naar",
                "SMART-afspraken: wie doet wat, wanneer en hoe");
    }

    @Test
    void numbersEveryPageInDutch() throws IOException {
        try (PDDocument pdf = load()) {
            assertThat(text()).contains("Pagina 1 van " + pdf.getNumberOfPages());
        }
    }

    @Test
    void isTaggedWithHeadingsParagraphsListsAndTablesWithHeaderCells() throws IOException {
        try (PDDocument pdf = load()) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();

            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(structureTypes(catalog.getStructureTreeRoot()))
                    .contains("H1", "H2", "P", "L", "LI", "Table", "Caption", "TR", "TH", "TD");
        }
    }

    @Test
    void declaresDutchAsItsLanguage() throws IOException {
        try (PDDocument pdf = load()) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
        }
    }

    @Test
    void showsTheGivenTitleInsteadOfTheFileName() throws IOException {
        try (PDDocument pdf = load()) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();

            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(SampleVerslag.TITLE);
            assertThat(catalog.getViewerPreferences()).isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(xmp(pdf)).contains(SampleVerslag.TITLE);
        }
    }

    @Test
    void describesItselfWithTheTemplatesDescriptionOrElseItsTitle() throws IOException {
        String described = SampleVerslag.xhtml().replace("<meta charset=\"UTF-8\" />",
                "<meta charset=\"UTF-8\" /><meta name=\"description\" content=\"Verslag van de tafel\" />");
        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().render(described, SampleVerslag.TITLE, SampleVerslag.DUTCH))) {
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Verslag van de tafel");
            assertThat(xmp(pdf)).contains("dc:description").contains("Verslag van de tafel");
        }
        try (PDDocument pdf = load()) {
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo(SampleVerslag.TITLE);
        }
    }

    @Test
    void embedsEveryFont() throws IOException {
        try (PDDocument pdf = load()) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                fonts.addAll(fontsOf(page.getResources()));
            }

            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
        }
    }

    @Test
    void identifiesItselfAsPdfUa1AndPdfA3u() throws IOException {
        try (PDDocument pdf = load()) {
            String xmp = xmp(pdf);

            assertThat(xmp).containsPattern("pdfuaid:part(>|=\")1");
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
        }
    }

    private static PDDocument load() throws IOException {
        return Loader.loadPDF(SampleVerslag.pdf());
    }

    private static String text() throws IOException {
        try (PDDocument pdf = load()) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String xmp(PDDocument pdf) throws IOException {
        return new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<PDFont> fontsOf(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static Set<String> structureTypes(PDStructureNode node) {
        Set<String> types = new TreeSet<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.addAll(structureTypes(element));
            }
        }
        return types;
    }
}
