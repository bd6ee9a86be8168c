package nl.doorbraak.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The leertafel-opbrengst: the page and its PDF/UA (veraPDF), with the period's proposals and no case text. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpbrengstWebTest {

    private static final String OPBRENGST = "/leertafels/tilburg/leertafel/opbrengst";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    ProposalFixtures f;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @BeforeEach
    void fixtures() {
        f = new ProposalFixtures(mvc, jdbc);
    }

    @Test
    void showsTheProposalsDecidedInThePeriodWithTheirDecisionsAndTheTrends() throws Exception {
        String title = ProposalFixtures.uniqueTitle();
        long id = f.submitted(title);
        f.decide(id, "IN_BEHANDELING", LocalDate.now(), "Op de agenda van het bestuur.");
        String period = YearMonth.now().toString();

        String page = mvc.perform(get(OPBRENGST).param("van", period).param("tot", period)
                .session(f.login("beleid-tilburg"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Opbrengst van Leertafel Onderwijs-Jeugdhulp").contains(title)
                .contains("Op de agenda van het bestuur.").contains("Thema&#39;s en trends")
                .contains("Download als PDF");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'OPBRENGST_BEKEKEN' and outcome = 'SUCCESS'"
                + " and actor = 'beleid-tilburg'").query(Integer.class).single()).isPositive();
    }

    @Test
    void keepsAnOpenProposalInTheOpbrengstAfterItsPeriodAsFollowedUp() throws Exception {
        String title = ProposalFixtures.uniqueTitle();
        f.submitted(title);
        String later = YearMonth.now().plusMonths(2).toString();

        String page = mvc.perform(get(OPBRENGST).param("van", later).param("tot", later)
                .session(f.login("leertafel-tilburg"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains(title).contains("Geen besluit in deze periode; het voorstel loopt nog.");
    }

    @Test
    void saysWhenThePeriodCannotBeReadAndShowsTheLastFourQuarters() throws Exception {
        String page = mvc.perform(get(OPBRENGST).param("van", "2026-06").param("tot", "2026-01")
                .session(f.login("leertafel-tilburg"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("De eerste maand ligt na de laatste maand.");
    }

    @Test
    void downloadsTheOpbrengstAsPdfUaWithTheProposalsAndTheTrendTable() throws Exception {
        String title = ProposalFixtures.uniqueTitle();
        f.submitted(title);

        byte[] pdf = mvc.perform(get(OPBRENGST + "/pdf").session(f.login("leertafel-tilburg")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Opbrengst van Leertafel Onderwijs-Jeugdhulp").contains(title)
                    .contains("Thema's en trends").contains("Voorstellen");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Opbrengst Leertafel Onderwijs-Jeugdhulp");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
        assertThat(failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(failedRules(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        assertThat(f.audits("OPBRENGST_GEDOWNLOAD", "SUCCESS", "leertafel-tilburg", "tilburg/leertafel")).isPositive();
    }

    @Test
    void refusesThePdfToOtherRegionsWithADeniedRow() throws Exception {
        mvc.perform(get(OPBRENGST + "/pdf").session(f.login("beleid-amsterdam"))).andExpect(status().isNotFound());

        assertThat(f.audits("OPBRENGST_GEDOWNLOAD", "DENIED", "beleid-amsterdam", "tilburg/leertafel")).isPositive();
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
