package nl.doorbraak.verslag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import nl.doorbraak.mail.internal.OutboxSender;
import nl.doorbraak.verslag.internal.VerslagDemoData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The chair finalises a verslag on real PostgreSQL: frozen versions, corrections, the case in execution, need to
 * know on the version page and the PDF, the PDF's text and PDF/UA conformance, and the mail through real SMTP.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VerslagVersionWebTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxSender sender;
    @Autowired VerslagDemoData demo;

    VerslagFixtures fixtures;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("doorbraak.mail.poll-interval", () -> "24h");
        registry.add("doorbraak.base-url", () -> "https://doorbraak.example.nl");
    }

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        VeraGreenfieldFoundryProvider.initialise();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired
    void fixtures(MockMvc mockMvc, JdbcClient jdbcClient) {
        fixtures = new VerslagFixtures(mockMvc, jdbcClient);
    }

    String finalise(long item) throws Exception {
        return mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void theChairFinalisesACompleteVerslagAndTheCaseMovesToExecution() throws Exception {
        String youth = VerslagFixtures.uniqueYouth();
        long item = fixtures.plannedItem(youth);
        long caseId = fixtures.caseOf(item);
        fixtures.completeDraft(item);

        assertThat(finalise(item)).isEqualTo("/verslagen/" + item + "/versies/1");

        assertThat(jdbc.sql("select status || ' ' || latest_version from verslag where agenda_item_id = ?").param(item)
                .query(String.class).single()).isEqualTo("VASTGESTELD 1");
        assertThat(jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("IN_UITVOERING");
        assertThat(count("select count(*) from case_event where case_id = ? and type = 'VERSLAG_VASTGESTELD'", caseId)).isOne();
        assertThat(count("select count(*) from audit_log where action = 'VERSLAG_VASTGESTELD' and object_type = 'VERSLAG' and subject_ref = ?",
                "casus:" + caseId)).isOne();
        assertThat(jdbc.sql("select u.username from case_participant p join app_user u on u.id = p.user_id "
                + "where p.case_id = ? and p.role = 'REGIEHOUDER'").param(caseId).query(String.class).list())
                .containsExactly("deelnemer-utrecht");
        List<String> mails = jdbc.sql("select recipient || '|' || subject || '|' || body || '|' || link_path from outbox_mail "
                + "where kind = 'VERSLAG_KLAAR' and link_path = ?").param("/verslagen/" + item + "/versies/1")
                .query(String.class).list();
        assertThat(mails).hasSize(2).allMatch(m -> m.contains("|Verslag van de tafel staat klaar|") && !m.contains(youth))
                .noneMatch(m -> m.startsWith("ouder@"));

        MvcResult again = mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht"))
                .with(csrf())).andExpect(redirectedUrl("/verslagen/" + item)).andReturn();
        assertThat(again.getFlashMap().get("flashError")).asString().contains("al vastgesteld");
        assertThat(count("select count(*) from verslag_version v join verslag s on s.id = v.verslag_id where s.agenda_item_id = ?", item)).isOne();
    }

    @Test
    void anIncompleteVerslagGoesBackWithWhatIsMissingAndNothingChanges() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        long verslag = fixtures.completeDraft(item);
        jdbc.sql("update verslag set regiehouder_id = null where id = ?").param(verslag).update();
        jdbc.sql("update verslag_checklist_answer set answer = ' ' where verslag_id = ? and position = 5").param(verslag).update();

        MvcResult result = mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht"))
                .with(csrf())).andExpect(redirectedUrl("/verslagen/" + item)).andReturn();

        assertThat((List<?>) result.getFlashMap().get("finaliseMissing")).hasSize(2).asString()
                .contains("regiehouder").contains("Is het plan duidelijk?");
        assertThat(jdbc.sql("select status from verslag where id = ?").param(verslag).query(String.class).single())
                .isEqualTo("CONCEPT");
        assertThat(jdbc.sql("select status from case_file where id = ?").param(fixtures.caseOf(item)).query(String.class)
                .single()).isEqualTo("GEPLAND");
    }

    @Test
    void aVerslagIsNotFinalisedBeforeTheMeetingBegan() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        long caseId = fixtures.caseOf(item);
        long verslag = fixtures.completeDraftBeforeTheMeeting(item);
        MockHttpSession chair = fixtures.login("voorzitter-utrecht");
        mvc.perform(get("/verslagen/" + item).session(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString("U kunt het verslag vaststellen zodra het overleg begint")))
                .andExpect(content().string(not(containsString("/verslagen/" + item + "/vaststellen"))));

        MvcResult early = mvc.perform(post("/verslagen/" + item + "/vaststellen").session(chair).with(csrf()))
                .andExpect(redirectedUrl("/verslagen/" + item)).andReturn();

        assertThat(early.getFlashMap().get("flashError")).asString().contains("nog niet begonnen");
        assertThat(jdbc.sql("select status from verslag where id = ?").param(verslag).query(String.class).single())
                .isEqualTo("CONCEPT");
        assertThat(jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("GEPLAND");
        assertThat(count("select count(*) from case_event where case_id = ? and type = 'VERSLAG_VASTGESTELD'", caseId)).isZero();
        assertThat(jdbc.sql("select details from audit_log where action = 'VERSLAG_VASTSTELLEN' and outcome = 'DENIED' "
                + "and subject_ref = ?").param("casus:" + caseId).query(String.class).list())
                .containsExactly("geweigerd: Het overleg is nog niet begonnen. U kunt het verslag vaststellen zodra het overleg begint.");

        VerslagFixtures.meetingHeld(jdbc, item);
        mvc.perform(get("/verslagen/" + item).session(chair))
                .andExpect(content().string(containsString("/verslagen/" + item + "/vaststellen")));
        assertThat(finalise(item)).isEqualTo("/verslagen/" + item + "/versies/1");
    }

    @Test
    void onlyTheChairFinalises() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        fixtures.completeDraft(item);

        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("deelnemer-utrecht")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-amsterdam")).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select status from verslag where agenda_item_id = ?").param(item).query(String.class).single())
                .isEqualTo("CONCEPT");
        assertThat(count("select count(*) from audit_log where action = 'VERSLAG_VASTSTELLEN' and object_type = 'VERSLAG' "
                + "and actor = 'deelnemer-utrecht' and outcome = 'DENIED' and object_id = ?", String.valueOf(item))).isOne();
    }

    @Test
    void aCorrectionMakesVersionTwoWithItsReasonAndVersionOneStaysAsItWas() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        long verslag = fixtures.completeDraft(item);
        finalise(item);
        String versionOne = storedContent(verslag, 1);
        MockHttpSession chair = fixtures.login("voorzitter-utrecht");

        mvc.perform(post("/verslagen/" + item + "/corrigeren").session(chair).with(csrf()).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Schrijf op waarom u het verslag corrigeert.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/verslagen/" + item + "/corrigeren").session(fixtures.login("deelnemer-utrecht")).with(csrf())
                .param("reason", "Fout")).andExpect(status().isForbidden());
        mvc.perform(post("/verslagen/" + item + "/corrigeren").session(chair).with(csrf())
                .param("reason", "De datum van de intake was verkeerd.")).andExpect(redirectedUrl("/verslagen/" + item));
        assertThat(jdbc.sql("select status || ' ' || correction_reason from verslag where id = ?").param(verslag)
                .query(String.class).single()).isEqualTo("CONCEPT De datum van de intake was verkeerd.");
        jdbc.sql("update verslag_agreement set what = 'Plant de intake een week later.' where verslag_id = ?").param(verslag).update();

        assertThat(finalise(item)).isEqualTo("/verslagen/" + item + "/versies/2");

        assertThat(jdbc.sql("select reason from verslag_version where verslag_id = ? and version = 2").param(verslag)
                .query(String.class).single()).isEqualTo("De datum van de intake was verkeerd.");
        assertThat(jdbc.sql("select correction_reason from verslag where id = ?").param(verslag).query(String.class)
                .optional()).isEmpty();
        assertThat(storedContent(verslag, 1)).isEqualTo(versionOne);
        mvc.perform(get("/verslagen/" + item + "/versies/1").session(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString(VerslagFixtures.AGREEMENT)))
                .andExpect(content().string(containsString("/verslagen/" + item + "/versies/2")));
        mvc.perform(get("/verslagen/" + item + "/versies/2").session(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plant de intake een week later.")))
                .andExpect(content().string(containsString("De datum van de intake was verkeerd.")))
                .andExpect(content().string(not(containsString(VerslagFixtures.AGREEMENT))));
        assertThat(count("select count(*) from outbox_mail where kind = 'VERSLAG_GECORRIGEERD' and link_path = ?",
                "/verslagen/" + item + "/versies/2")).isEqualTo(2);
        assertThat(count("select count(*) from audit_log where action = 'VERSLAG_CORRECTIE_GESTART' and subject_ref = ?",
                "casus:" + fixtures.caseOf(item))).isOne();
        assertThatThrownBy(() -> jdbc.sql("update verslag_version set reason = 'x' where verslag_id = ?").param(verslag).update())
                .hasMessageContaining("frozen");
    }

    @Test
    void aParticipantReadsAndDownloadsTheVerslagWhileAnOutsiderGetsNotFound() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        long caseId = fixtures.caseOf(item);
        fixtures.completeDraft(item);
        finalise(item);
        MockHttpSession participant = fixtures.login("deelnemer-utrecht");
        String page = "/verslagen/" + item + "/versies/1";

        mvc.perform(get(page).session(participant)).andExpect(status().isOk())
                .andExpect(content().string(containsString(VerslagFixtures.AGREEMENT)))
                .andExpect(content().string(containsString("Externe deelnemers krijgen het verslag niet via Doorbraak")))
                .andExpect(content().string(not(containsString("/corrigeren"))));
        mvc.perform(get(page + "/pdf").session(participant)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"verslag-" + item + "-v1.pdf\""));
        MockHttpSession outsider = fixtures.login("deelnemer-amsterdam");
        mvc.perform(get(page).session(outsider)).andExpect(status().isNotFound());
        mvc.perform(get(page + "/pdf").session(outsider)).andExpect(status().isNotFound());

        assertThat(count("select count(*) from audit_log where action = 'VERSLAG_BEKEKEN' and actor = 'deelnemer-utrecht' "
                + "and outcome = 'SUCCESS' and subject_ref = ?", "casus:" + caseId)).isOne();
        assertThat(count("select count(*) from audit_log where action = 'VERSLAG_GEDOWNLOAD' and actor = 'deelnemer-utrecht' "
                + "and outcome = 'SUCCESS' and subject_ref = ?", "casus:" + caseId)).isOne();
        assertThat(count("select count(*) from audit_log where action in ('VERSLAG_BEKEKEN', 'VERSLAG_GEDOWNLOAD') "
                + "and actor = 'deelnemer-amsterdam' and outcome = 'DENIED' and subject_ref = ?", "casus:" + caseId)).isEqualTo(2);
        mvc.perform(get("/casussen/" + caseId + "/verslagen").session(participant)).andExpect(status().isOk())
                .andExpect(content().string(containsString(page)));
        mvc.perform(get("/casussen/" + caseId).session(participant))
                .andExpect(content().string(containsString("/casussen/" + caseId + "/verslagen")));
        mvc.perform(get("/casussen/" + caseId + "/verslagen").session(outsider)).andExpect(status().isNotFound());
    }

    @Test
    void thePdfHoldsTheSectionsAnAgreementAndTheChecklistAndIsPdfUa() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        fixtures.completeDraft(item);
        finalise(item);

        byte[] pdf = mvc.perform(get("/verslagen/" + item + "/versies/1/pdf").session(fixtures.login("voorzitter-utrecht")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Wie doet wat, wanneer, hoe?").contains("Welke zorg wordt ingezet?")
                .contains("Ambulante begeleiding thuis.").contains(VerslagFixtures.AGREEMENT)
                .contains("Heeft de leerling alles kunnen vertellen?").contains("Niet aanwezig")
                .contains(VerslagFixtures.ANSWER).contains("Checklist aan het eind van het overleg");
        assertThat(failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(failedRules(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void theSmartTableKeepsALongDateAndALongNameInsideTheirColumnsAndThePdfHasADescription() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        long verslag = fixtures.completeDraft(item);
        LocalDate september = LocalDate.of(LocalDate.now().getYear() + 1, 9, 28);
        jdbc.sql("update verslag_agreement set due_on = ? where verslag_id = ?").params(september, verslag).update();
        jdbc.sql("update agenda_participant set name = 'Marie-Louise van Oldenbarnevelt-Hoogstraten' where id = ?")
                .param(fixtures.participant(item, "KERNPARTNER")).update();
        finalise(item);

        byte[] pdf = mvc.perform(get("/verslagen/" + item + "/versies/1/pdf").session(fixtures.login("voorzitter-utrecht")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            Glyphs glyphs = Glyphs.of(document).after("SMART-afspraken");
            // the row: who | what | when | how | result; each cell's text ends left of where the next cell's begins
            assertThat(glyphs.right("Hoogstraten")).isLessThan(glyphs.left(VerslagFixtures.AGREEMENT.substring(0, 5)));
            assertThat(glyphs.right("september")).isLessThan(glyphs.left("Telefonisch"));
            assertThat(glyphs.right(String.valueOf(september.getYear()))).isLessThan(glyphs.left("Telefonisch"));
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Verslag van de tafel, vastgesteld door de voorzitter");
            Glyphs.preview(document, glyphs.page("september"), "target/pdf-preview/smart-table-200.png");
        }
        assertThat(failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(failedRules(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void aParticipantReceivesTheReadyMailWithOnlyALink() throws Exception {
        String youth = VerslagFixtures.uniqueYouth();
        long item = fixtures.plannedItem(youth);
        fixtures.completeDraft(item);
        finalise(item);
        String address = jdbc.sql("select email from app_user where username = 'deelnemer-utrecht'").query(String.class).single();

        sender.deliverDue();

        List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, address))
                .filter(m -> body(m).contains("/verslagen/" + item + "/versies/1")).toList();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Verslag van de tafel staat klaar");
        assertThat(body(received.get(0))).contains("https://doorbraak.example.nl/verslagen/" + item + "/versies/1")
                .doesNotContain(youth).doesNotContain(VerslagFixtures.AGREEMENT);
    }

    @Test
    void theDemoFinalisesEveryPastMeetingOnceThroughItsChair() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        LocalDateTime past = LocalDate.now().minusDays(3 + (item % 200)).atTime(9, 0);
        jdbc.sql("update meeting set starts_at = ?, ends_at = ? where id = (select meeting_id from agenda_item where id = ?)")
                .params(past, past.plusHours(2), item).update();

        demo.finalisePastMeetings();
        demo.finalisePastMeetings();

        assertThat(jdbc.sql("select status || ' ' || latest_version from verslag where agenda_item_id = ?").param(item)
                .query(String.class).single()).isEqualTo("VASTGESTELD 1");
        assertThat(jdbc.sql("select status from case_file where id = ?").param(fixtures.caseOf(item)).query(String.class)
                .single()).isEqualTo("IN_UITVOERING");
        mvc.perform(get("/verslagen/" + item + "/versies/1/pdf").session(fixtures.login("deelnemer-utrecht")))
                .andExpect(status().isOk());
    }

    @Test
    void finalisingAsANonChairLeavesOneDeniedRowWithTheReason() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        fixtures.completeDraft(item);

        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("deelnemer-utrecht")).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(attempts(item, "VERSLAG_VASTSTELLEN", "deelnemer-utrecht"))
                .containsExactly("DENIED geweigerd: Alleen de voorzitter van het overleg kan dit doen.");
    }

    @Test
    void correctingAsANonChairLeavesOneDeniedRowWithTheReason() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        fixtures.completeDraft(item);
        finalise(item);

        mvc.perform(post("/verslagen/" + item + "/corrigeren").session(fixtures.login("deelnemer-utrecht")).with(csrf())
                .param("reason", "Fout")).andExpect(status().isForbidden());

        assertThat(attempts(item, "VERSLAG_CORRIGEREN", "deelnemer-utrecht"))
                .containsExactly("DENIED geweigerd: Alleen de voorzitter van het overleg kan dit doen.");
        assertThat(jdbc.sql("select status from verslag where agenda_item_id = ?").param(item).query(String.class)
                .single()).isEqualTo("VASTGESTELD");
    }

    @Test
    void theChairsAttemptsLeaveOneRowEachWithTheirOutcome() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        VerslagFixtures.meetingHeld(jdbc, item);

        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(redirectedUrl("/verslagen/" + item));
        assertThat(attempts(item, "VERSLAG_VASTSTELLEN", "voorzitter-utrecht"))
                .containsExactly("DENIED geweigerd: het verslag is nog niet compleet (ontbrekende onderdelen: 1)");

        fixtures.completeDraft(item);
        assertThat(finalise(item)).isEqualTo("/verslagen/" + item + "/versies/1");
        assertThat(attempts(item, "VERSLAG_VASTSTELLEN", "voorzitter-utrecht")).hasSize(1);
        assertThat(attempts(item, "VERSLAG_VASTGESTELD", "voorzitter-utrecht")).contains("SUCCESS versie 1");
        finalise(item);
        assertThat(attempts(item, "VERSLAG_VASTSTELLEN", "voorzitter-utrecht")).hasSize(2).last().asString()
                .startsWith("DENIED geweigerd: Dit verslag is al vastgesteld.");
    }

    /** The audit rows about the item's case under {@code action} by {@code actor}: outcome and details, oldest first. */
    private List<String> attempts(long item, String action, String actor) {
        return jdbc.sql("""
                select outcome || ' ' || coalesce(details, '') from audit_log
                where action = ? and actor = ? and subject_ref = ? order by id""")
                .params(action, actor, "casus:" + fixtures.caseOf(item)).query(String.class).list();
    }

    private String storedContent(long verslag, int version) {
        return jdbc.sql("select content::text from verslag_version where verslag_id = ? and version = ?")
                .params(verslag, version).query(String.class).single();
    }

    private int count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
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

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
