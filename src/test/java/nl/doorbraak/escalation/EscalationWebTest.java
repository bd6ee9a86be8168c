package nl.doorbraak.escalation;

import nl.doorbraak.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.doorbraak.dashboard.internal.Dashboards;
import nl.doorbraak.dashboard.internal.Signal;
import nl.doorbraak.dashboard.internal.SignalRow;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.internal.OutboxSender;
import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Opschalen end to end on a planned Utrecht case (VerslagFixtures): mail through a real SMTP server (GreenMail),
 * durations with a clock the test moves, and who may read, raise and resolve.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EscalationWebTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxSender sender;
    @Autowired MovableClock clock;
    @Autowired Dashboards dashboards;
    @Autowired UserDirectory users;

    VerslagFixtures fx;
    String youth;
    long caseId;
    String schoolManager;
    long schoolId;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("doorbraak.mail.poll-interval", () -> "24h");
        registry.add("doorbraak.base-url", () -> "https://doorbraak.example.nl");
    }

    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        MovableClock escalationTestClock() {
            return new MovableClock();
        }
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void plannedCaseWithAManagerAtTheParticipantsSchool() throws Exception {
        fx = new VerslagFixtures(mvc, jdbc);
        youth = VerslagFixtures.uniqueYouth();
        caseId = fx.caseOf(fx.plannedItem(youth));
        schoolId = jdbc.sql("select organisation_id from app_user where username = 'deelnemer-utrecht'")
                .query(Long.class).single();
        schoolManager = "directeur-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example";
        jdbc.sql("update organisation set escalation_contacts = ? where id = ?").params(schoolManager, schoolId).update();
        // earlier mail (the fixture's, other tests') is delivered and forgotten, so each test counts only its own
        sender.deliverDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void forgetTheManager() {
        jdbc.sql("update organisation set escalation_contacts = null where id = ?").param(schoolId).update();
    }

    @Test
    void raisingMailsTheManagersOfTheOrganisationsInvolvedAndTheCoordinatorsWithOnlyALink() throws Exception {
        String uninvolved = "leidinggevende@jgz-utrecht.example";
        assertThat(involvedOrganisationCodes()).doesNotContain("jgz-utrecht");

        raise(fx.login("deelnemer-utrecht"), "De school en de zorg komen er samen niet uit.");
        sender.deliverDue();

        String link = "https://doorbraak.example.nl/casussen/" + caseId + "/opschalen";
        for (String address : List.of(schoolManager, "coordinator-utrecht@demo.doorbraak.example")) {
            List<MimeMessage> mails = receivedBy(address);
            assertThat(mails).as(address).hasSize(1);
            assertThat(mails.get(0).getSubject()).isEqualTo("Een casus is opgeschaald").doesNotContain(youth);
            assertThat(mails.get(0).getContent().toString()).contains(link).doesNotContain(youth)
                    .doesNotContain("De school en de zorg");
        }
        assertThat(receivedBy(uninvolved)).isEmpty();
        assertThat(receivedBy("coordinator-amsterdam@demo.doorbraak.example")).isEmpty();

        String page = page("coordinator-utrecht");
        assertThat(page).contains("De school en de zorg komen er samen niet uit.").contains("Open")
                .contains(schoolName()).contains("Niet vastgelegd in de werkwijze");
        assertThat(jdbc.sql("select count(*) from escalation_recipient r join escalation e on e.id = r.escalation_id "
                + "where e.case_id = ? and r.email = ?").params(caseId, schoolManager).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void thePageSaysWhoWillBeToldBeforeRaising() throws Exception {
        String page = page("deelnemer-utrecht");
        assertThat(page).contains("Wie krijgt bericht?").contains("De leidinggevende van " + schoolName())
                .contains("Coördinator ").doesNotContain(schoolManager)
                .doesNotContain("Alleen de coördinatoren van de regio krijgen bericht")
                .contains("Als SAVE betrokken is, krijgt ook SAVE (Samen Veilig) een bericht.");
    }

    @Test
    void withoutAManagerThePageSaysOnlyTheCoordinatorsWillBeTold() throws Exception {
        jdbc.sql("update organisation set escalation_contacts = null where id = ?").param(schoolId).update();
        assertThat(page("deelnemer-utrecht")).doesNotContain("De leidinggevende van " + schoolName())
                .contains("Van de organisaties van de deelnemers is geen leidinggevende bekend. Alleen de coördinatoren");
    }

    @Test
    void involvingSaveAlsoTellsTheRegionsSaveContactWithOnlyALink() throws Exception {
        mvc.perform(post("/casussen/" + caseId + "/opschalen").session(fx.login("deelnemer-utrecht")).with(csrf())
                        .param("reason", "Er komt geen passend aanbod.").param("saveInvolved", "true")
                        .param("saveConsentBy", "Beide ouders").param("saveConsentOn", LocalDate.now().toString())
                        .param("saveConsentHow", "Mondeling aan tafel"))
                .andExpect(status().is3xxRedirection());
        sender.deliverDue();

        List<MimeMessage> mails = receivedBy("save@samen-veilig-utrecht.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getContent().toString()).contains("SAVE (Samen Veilig) is gevraagd mee te denken")
                .contains("/casussen/" + caseId + "/opschalen").doesNotContain(youth).doesNotContain("Beide ouders");
        assertThat(jdbc.sql("select kind from escalation_recipient r join escalation e on e.id = r.escalation_id "
                + "where e.case_id = ? and r.email = ?").params(caseId, "save@samen-veilig-utrecht.example")
                .query(String.class).single()).isEqualTo("SAVE");
        assertThat(page("coordinator-utrecht")).contains("SAVE (Samen Veilig)");
    }

    @Test
    void withoutSaveNoMailGoesToSave() throws Exception {
        raise(fx.login("deelnemer-utrecht"), "Vastgelopen zonder SAVE.");
        sender.deliverDue();
        assertThat(receivedBy("save@samen-veilig-utrecht.example")).isEmpty();
    }

    @Test
    void saveWithoutConsentIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/casussen/" + caseId + "/opschalen").session(fx.login("deelnemer-utrecht"))
                        .with(csrf()).param("reason", "Er komt geen passend aanbod.").param("saveInvolved", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"saveConsentBy-error\"")
                .contains("Vul in wie toestemming gaf voor SAVE. Zonder toestemming mag SAVE niet betrokken worden.")
                .contains("Vul de datum van de toestemming voor SAVE in.")
                .contains("Vul in hoe de toestemming voor SAVE is gegeven.")
                .contains("Er komt geen passend aanbod.").contains("error-summary");
        assertThat(escalationCount()).isZero();
    }

    @Test
    void saveWithConsentIsRecordedAndShown() throws Exception {
        mvc.perform(post("/casussen/" + caseId + "/opschalen").session(fx.login("deelnemer-utrecht")).with(csrf())
                        .param("reason", "Er komt geen passend aanbod.").param("saveInvolved", "true")
                        .param("saveConsentBy", "Beide ouders").param("saveConsentOn", LocalDate.now().toString())
                        .param("saveConsentHow", "Mondeling aan tafel"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("deelnemer-utrecht")).contains("Betrokken, met toestemming van Beide ouders")
                .contains("Mondeling aan tafel");
    }

    @Test
    void resolvingNeedsADecisionAndTheDurationIsMeasured() throws Exception {
        raise(fx.login("deelnemer-utrecht"), "Geen school wil de leerling plaatsen.");
        long escalation = jdbc.sql("select id from escalation where case_id = ?").param(caseId).query(Long.class).single();
        clock.advance(Duration.ofDays(3).plusHours(4));
        MockHttpSession coordinator = fx.login("coordinator-utrecht");

        String refused = mvc.perform(post("/casussen/" + caseId + "/opschalen/oplossen").session(coordinator).with(csrf())
                        .param("escalationId", String.valueOf(escalation)).param("decision", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Vul het besluit in.").contains("id=\"decision-error-" + escalation + "\"");
        assertThat(page("coordinator-utrecht")).contains("Open sinds").contains("3 dagen");

        mvc.perform(post("/casussen/" + caseId + "/opschalen/oplossen").session(fx.login("deelnemer-utrecht")).with(csrf())
                        .param("escalationId", String.valueOf(escalation)).param("decision", "Ik beslis zelf."))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(escalation)).isEqualTo("OPEN");

        mvc.perform(post("/casussen/" + caseId + "/opschalen/oplossen").session(coordinator).with(csrf())
                        .param("escalationId", String.valueOf(escalation)).param("decision", "Plaatsing op het VSO per maandag."))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(escalation)).isEqualTo("OPGELOST");
        clock.advance(Duration.ofDays(5));
        assertThat(page("deelnemer-utrecht")).contains("Duur tot besluit").contains("3 dagen")
                .contains("Plaatsing op het VSO per maandag.");

        String casePage = mvc.perform(get("/casussen/" + caseId).session(coordinator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("Opgeschaald").contains("Escalatie opgelost")
                .contains("/casussen/" + caseId + "/opschalen");
    }

    @Test
    void outsidersGetNotFoundAndTheRefusalIsAudited() throws Exception {
        for (String outsider : List.of("coordinator-amsterdam", "deelnemer-amsterdam", "beleid-utrecht")) {
            mvc.perform(get("/casussen/" + caseId + "/opschalen").session(fx.login(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/casussen/" + caseId + "/opschalen").session(fx.login(outsider)).with(csrf())
                    .param("reason", "Probeer")).andExpect(status().isNotFound());
        }
        assertThat(escalationCount()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where subject_ref = ? and outcome = 'DENIED' and actor = ?")
                .params("casus:" + caseId, "coordinator-amsterdam").query(Long.class).single()).isPositive();
    }

    @Test
    void theDashboardCountsCasesWithAnOpenEscalationAndListsThem() throws Exception {
        long before = openEscalationCount();
        raise(fx.login("deelnemer-utrecht"), "Eerste escalatie.");
        raise(fx.login("coordinator-utrecht"), "Tweede escalatie, zelfde casus.");
        var coordinator = users.asCurrentUser("coordinator-utrecht").orElseThrow();
        assertThat(openEscalationCount()).isEqualTo(before + 1);
        assertThat(dashboards.numbers(coordinator, "utrecht").counts().get(Signal.OPEN_ESCALATIES))
                .isEqualTo(openEscalationCount());
        List<Long> listed = new java.util.ArrayList<>();
        var page = dashboards.list(coordinator, "utrecht", Signal.OPEN_ESCALATIES, 0);
        for (int n = 1; ; n++) {
            page.rows().stream().map(SignalRow::caseId).forEach(listed::add);
            if (!page.hasNext()) {
                break;
            }
            page = dashboards.list(coordinator, "utrecht", Signal.OPEN_ESCALATIES, n);
        }
        assertThat(listed).contains(caseId).hasSize((int) openEscalationCount());
        String overview = mvc.perform(get("/overzicht").session(fx.login("coordinator-utrecht")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("Open escalaties").contains("/overzicht/open-escalaties?regio=utrecht");
    }

    @Test
    void resolvingAnotherCasesEscalationAsAParticipantLeavesOneDeniedRowWithTheReason() throws Exception {
        long otherCase = fx.caseOf(fx.plannedItem(VerslagFixtures.uniqueYouth()));
        mvc.perform(post("/casussen/" + otherCase + "/opschalen").session(fx.login("deelnemer-utrecht")).with(csrf())
                .param("reason", "Vastgelopen.")).andExpect(status().is3xxRedirection());
        long otherEscalation = jdbc.sql("select id from escalation where case_id = ?").param(otherCase)
                .query(Long.class).single();

        mvc.perform(post("/casussen/" + caseId + "/opschalen/oplossen").session(fx.login("deelnemer-utrecht"))
                        .with(csrf()).param("escalationId", String.valueOf(otherEscalation)).param("decision", "Klaar."))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(otherEscalation)).isEqualTo("OPEN");
        assertThat(attempts("ESCALATIE_OPLOSSEN", "deelnemer-utrecht"))
                .containsExactly("DENIED geweigerd: Alleen een coördinator van de regio kan een escalatie oplossen.");
    }

    @Test
    void aCoordinatorResolvingAnEscalationOfAnotherCaseLeavesOneDeniedRow() throws Exception {
        long otherCase = fx.caseOf(fx.plannedItem(VerslagFixtures.uniqueYouth()));
        mvc.perform(post("/casussen/" + otherCase + "/opschalen").session(fx.login("deelnemer-utrecht")).with(csrf())
                .param("reason", "Vastgelopen.")).andExpect(status().is3xxRedirection());
        long otherEscalation = jdbc.sql("select id from escalation where case_id = ?").param(otherCase)
                .query(Long.class).single();

        mvc.perform(post("/casussen/" + caseId + "/opschalen/oplossen").session(fx.login("coordinator-utrecht"))
                        .with(csrf()).param("escalationId", String.valueOf(otherEscalation)).param("decision", "Klaar."))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(otherEscalation)).isEqualTo("OPEN");
        assertThat(attempts("ESCALATIE_OPLOSSEN", "coordinator-utrecht"))
                .containsExactly("DENIED geweigerd: Deze escalatie is al opgelost.");
    }

    /** The audit rows of this test's case under {@code action} by {@code actor}: outcome and details. */
    private List<String> attempts(String action, String actor) {
        return jdbc.sql("""
                select outcome || ' ' || coalesce(details, '') from audit_log
                where action = ? and actor = ? and subject_ref = ? order by id""")
                .params(action, actor, "casus:" + caseId).query(String.class).list();
    }

    private void raise(MockHttpSession session, String reason) throws Exception {
        mvc.perform(post("/casussen/" + caseId + "/opschalen").session(session).with(csrf()).param("reason", reason))
                .andExpect(status().is3xxRedirection());
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/casussen/" + caseId + "/opschalen").session(fx.login(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long escalationCount() {
        return jdbc.sql("select count(*) from escalation where case_id = ?").param(caseId).query(Long.class).single();
    }

    private String statusOf(long escalation) {
        return jdbc.sql("select status from escalation where id = ?").param(escalation).query(String.class).single();
    }

    private long openEscalationCount() {
        return jdbc.sql("""
                select count(distinct e.case_id) from escalation e join case_file c on c.id = e.case_id
                where c.region_slug = 'utrecht' and e.status = 'OPEN'""").query(Long.class).single();
    }

    private String schoolName() {
        return jdbc.sql("select name from organisation where id = ?").param(schoolId).query(String.class).single();
    }

    private List<String> involvedOrganisationCodes() {
        return jdbc.sql("""
                select o.code from organisation o join app_user u on u.organisation_id = o.id
                where u.id in (select referrer_user_id from case_file where id = :id
                               union select user_id from case_participant where case_id = :id)""")
                .param("id", caseId).query(String.class).list();
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> sentTo(message, address)).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
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
