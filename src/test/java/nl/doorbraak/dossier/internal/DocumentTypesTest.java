package nl.doorbraak.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import nl.doorbraak.dossier.DocumentSamples;
import org.junit.jupiter.api.Test;

/** The type of a document comes from its bytes (Apache Tika), and only five types are accepted. */
class DocumentTypesTest {

    final DocumentTypes types = new DocumentTypes();

    @Test
    void theAcceptedTypesAreRecognisedByTheirContent() {
        assertThat(types.detect(DocumentSamples.PDF)).contains(DocumentType.PDF);
        assertThat(types.detect(DocumentSamples.PNG)).contains(DocumentType.PNG);
        assertThat(types.detect(DocumentSamples.JPEG)).contains(DocumentType.JPEG);
        assertThat(types.detect(DocumentSamples.docx())).contains(DocumentType.DOCX);
        assertThat(types.detect(DocumentSamples.doc())).contains(DocumentType.DOC);
    }

    @Test
    void otherContentIsRefusedWhateverItCallsItself() {
        assertThat(types.detect(DocumentSamples.EXE)).isEmpty();
        assertThat(types.detect(DocumentSamples.xlsx())).isEmpty();
        assertThat(types.detect(DocumentSamples.zip("opp.pdf", "%PDF-1.4"))).isEmpty();
        assertThat(types.detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(types.detect("Gewoon tekst, opp.pdf".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(types.detect(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0, 0, 0})).as("an OLE2 file without a Word stream (Excel 97, MSI)").isEmpty();
    }

    @Test
    void aFileNameFromTheBrowserKeepsOnlyItsLastPart() {
        assertThat(DocumentChecks.fileName("C:\\Users\\x\\OPP 2026.pdf")).isEqualTo("OPP 2026.pdf");
        assertThat(DocumentChecks.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DocumentChecks.fileName("brief\u0000\n.pdf")).isEqualTo("brief.pdf");
        assertThat(DocumentChecks.fileName("  ")).isEqualTo("document");
        assertThat(DocumentChecks.fileName("a".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    @Test
    void sizesReadTheDutchWay() {
        assertThat(DocumentRow.sizeText(10 * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(DocumentRow.sizeText(1_468_006)).isEqualTo("1,4 MB");
        assertThat(DocumentRow.sizeText(300)).isEqualTo("1 kB");
    }
}
