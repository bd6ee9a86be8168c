package nl.doorbraak.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The dossier as a PDF: a real PDF/UA-1 and PDF/A-3u (veraPDF), titled without the child's name, and audited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DossierPdfWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    DossierFixtures f;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @BeforeEach
    void fixtures() {
        f = new DossierFixtures(mvc, jdbc);
    }

    @Test
    void aParticipantWhoGotTheDossierDownloadsItAsPdfUaWithItsTextsAndDocuments() throws Exception {
        String youth = DossierFixtures.uniqueName();
        long caseId = f.admitted(youth);
        long meeting = f.planned(caseId);
        f.addUser(meeting, caseId, "deelnemer-utrecht");
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        mvc.perform(multipart("/casussen/" + caseId + "/dossier/documenten").session(inbrenger).with(csrf())
                .file(new MockMultipartFile("bestand", "Schoolrapport 2026.png", "image/png", DocumentSamples.PNG))
                .param("soort", "RAPPORT")).andExpect(status().is3xxRedirection());
        DossierSending.send(mvc, inbrenger, caseId);

        byte[] pdf = mvc.perform(get("/casussen/" + caseId + "/dossier/pdf").session(f.login("deelnemer-utrecht")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"dossier-casus-" + caseId + ".pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Dossier casus " + caseId).contains(youth)
                    .contains("Woont bij moeder; het gezin staat onder druk.").contains("Schoolrapport 2026.png")
                    .contains("Rapport").contains("Analyse over de zes leefgebieden");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Dossier casus " + caseId);
            assertThat(document.getDocumentInformation().getSubject())
                    .isEqualTo("Dossier voor de tafel: de analyse van de inbrenger en de documenten die erbij horen");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        assertThat(failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(failedRules(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        assertThat(f.count("select count(*) from audit_log where action = 'DOSSIER_PDF_GEDOWNLOAD' and outcome = "
                + "'SUCCESS' and actor = 'deelnemer-utrecht' and subject_ref = ?", "casus:" + caseId)).isOne();
    }

    @Test
    void someoneWithoutTheDossierGetsNoPdfAndTheRefusalIsAudited() throws Exception {
        long caseId = f.admitted(DossierFixtures.uniqueName());

        mvc.perform(get("/casussen/" + caseId + "/dossier/pdf").session(f.login("deelnemer-utrecht")))
                .andExpect(status().isNotFound());

        assertThat(f.count("select count(*) from audit_log where action = 'DOSSIER_PDF_GEDOWNLOAD' and outcome = "
                + "'DENIED' and actor = 'deelnemer-utrecht' and subject_ref = ?", "casus:" + caseId)).isOne();
    }

    private static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}
