package nl.doorbraak.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The sample verslag passes veraPDF, the reference validator, as PDF/UA-1 and as PDF/A-3u, with no failed rule. */
class PdfConformanceTest {

    enum Standard {
        PDF_UA_1(PDFAFlavour.PDFUA_1),
        PDF_A_3U(PDFAFlavour.PDFA_3_U);

        final PDFAFlavour flavour;

        Standard(PDFAFlavour flavour) {
            this.flavour = flavour;
        }
    }

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void sampleVerslagHasNoFailedRule(Standard standard) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(SampleVerslag.pdf()), standard.flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(standard.flavour, false)) {
            ValidationResult result = validator.validate(parser);

            assertThat(result.getTotalAssertions()).as("rules checked").isPositive();
            assertThat(failures(result)).as("failed %s rules", standard).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    /** Proof that the check above has teeth: a plain PDF without tags, title or language fails it. */
    @Test
    void anUntaggedPdfFailsPdfUa() throws Exception {
        ByteArrayOutputStream untagged = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(untagged);
        }

        try (PDFAParser parser = Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(untagged.toByteArray()), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            assertThat(validator.validate(parser).isCompliant()).isFalse();
        }
    }

    /** One line per failed rule: clause, test number, what it checks, and where. */
    private static List<String> failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                        + assertion.getMessage() + " @ " + assertion.getLocation().getContext())
                .distinct()
                .collect(Collectors.toList());
    }
}
