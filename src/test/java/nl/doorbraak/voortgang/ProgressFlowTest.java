package nl.doorbraak.voortgang;

import nl.doorbraak.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.internal.OutboxSender;
import nl.doorbraak.verslag.VerslagFixtures;
import nl.doorbraak.voortgang.internal.AgreementReminders;
import nl.doorbraak.voortgang.internal.MissedUpdates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Progress after the table on real PostgreSQL and a real SMTP server (GreenMail): posting updates, reminders about
 * agreements and missed-update signals. The jobs are off in tests; these tests run them with a clock they move.
 * The database is shared with other tests, so assertions look only at this test's own case, users and links.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProgressFlowTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired OutboxSender sender;
    @Autowired AgreementReminders reminders;
    @Autowired MissedUpdates missed;
    @Autowired UserDirectory users;

    VerslagFixtures fixtures;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("doorbraak.mail.poll-interval", () -> "24h");
        registry.add("doorbraak.base-url", () -> "https://doorbraak.example.nl");
        // the schedule is wired as in production, with both triggers switched off ("-"): the tests run the jobs
        registry.add("doorbraak.jobs.enabled", () -> "true");
        registry.add("doorbraak.herinneringen.cron", () -> "-");
        registry.add("doorbraak.voortgang.gemist-cron", () -> "-");
    }

    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        MovableClock progressTestClock() {
            return new MovableClock();
        }
    }

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired
    void fixtures(MockMvc mockMvc, JdbcClient jdbcClient) {
        fixtures = new VerslagFixtures(mockMvc, jdbcClient);
    }

    @Test
    void theRegiehouderPostsAnUpdateAndTheParticipantsAreToldWithALinkOnly() throws Exception {
        String youth = VerslagFixtures.uniqueYouth();
        long caseId = finalisedCase(youth);
        String page = "/casussen/" + caseId + "/voortgang";

        mvc.perform(get(page).session(fixtures.login("deelnemer-utrecht"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Elke week")))
                .andExpect(content().string(containsString("Bericht plaatsen")));
        mvc.perform(post(page).session(fixtures.login("deelnemer-utrecht")).with(csrf())
                        .param("text", "De intake is gepland.\nVolgende week start de proefplaatsing."))
                .andExpect(redirectedUrl(page));

        mvc.perform(get(page).session(fixtures.login("verwijzer-utrecht"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Volgende week start de proefplaatsing.")));
        deliverAll();
        List<MimeMessage> toInbrenger = mailTo(email("verwijzer-utrecht"), page);
        assertThat(toInbrenger).hasSize(1);
        assertThat(toInbrenger.get(0).getSubject()).isEqualTo("Nieuw voortgangsbericht");
        assertThat(body(toInbrenger.get(0))).doesNotContain(youth).doesNotContain("proefplaatsing");
        assertThat(mailTo(email("deelnemer-utrecht"), page)).as("the author is not told of their own update").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'VOORTGANG_GEPLAATST' and subject_ref = ?")
                .param("casus:" + caseId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aParticipantWhoIsNotRegiehouderReadsButMayNotPostAndAnOutsiderSeesNothing() throws Exception {
        long caseId = finalisedCase(VerslagFixtures.uniqueYouth());
        String page = "/casussen/" + caseId + "/voortgang";

        mvc.perform(get(page).session(fixtures.login("verwijzer-utrecht"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Bericht plaatsen"))));
        mvc.perform(post(page).session(fixtures.login("verwijzer-utrecht")).with(csrf()).param("text", "Mag dit?"))
                .andExpect(status().isForbidden());
        mvc.perform(get(page).session(fixtures.login("verwijzer-amsterdam"))).andExpect(status().isNotFound());
        mvc.perform(post(page).session(fixtures.login("verwijzer-amsterdam")).with(csrf()).param("text", "Mag dit?"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from voortgang_bericht where case_id = ?").param(caseId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRefusedPostLeavesOneDeniedRowWithTheReasonAndNoReadRow() throws Exception {
        long caseId = finalisedCase(VerslagFixtures.uniqueYouth());
        mvc.perform(post("/casussen/" + caseId + "/voortgang").session(fixtures.login("verwijzer-utrecht")).with(csrf())
                .param("text", "Mag dit?")).andExpect(status().isForbidden());

        assertThat(jdbc.sql("""
                select action || ' ' || outcome || ' ' || coalesce(details, '') from audit_log
                where actor = 'verwijzer-utrecht' and subject_ref = ? and action like 'VOORTGANG%' order by id""")
                .param("casus:" + caseId).query(String.class).list())
                .containsExactly("VOORTGANG_GEPLAATST DENIED geweigerd: Alleen de regiehouder of een coördinator van "
                        + "de regio kan een voortgangsbericht plaatsen, terwijl de casus in uitvoering is.");
    }

    @Test
    void anEmptyUpdateGoesBackWithAMessageNextToTheField() throws Exception {
        long caseId = finalisedCase(VerslagFixtures.uniqueYouth());
        mvc.perform(post("/casussen/" + caseId + "/voortgang").session(fixtures.login("coordinator-utrecht"))
                        .with(csrf()).param("text", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Schrijf een bericht.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void theOwnerIsRemindedBeforeTheDeadlineAndOnceWhenItPassedNeverTwice() throws Exception {
        String youth = VerslagFixtures.uniqueYouth();
        long caseId = finalisedCase(youth);
        String owner = "eigenaar-" + UUID.randomUUID().toString().substring(0, 8);
        users.ensureDemoAccount(owner, "Eigenaar Test", null, "utrecht", Role.DEELNEMER);
        jdbc.sql("update verslag_agreement set owner_user_id = ?, due_on = ? where case_id = ?")
                .params(fixtures.userId(owner), today().plusDays(3), caseId).update();
        String to = email(owner);

        reminders.sendDue();
        reminders.sendDue();
        deliverAll();
        List<MimeMessage> before = mailTo(to, "/afspraken");
        assertThat(before).hasSize(1);
        assertThat(before.get(0).getSubject()).isEqualTo("Herinnering: afspraak bijna verlopen");
        assertThat(body(before.get(0))).doesNotContain(youth).doesNotContain(VerslagFixtures.AGREEMENT);

        clock.advance(Duration.ofDays(4));
        reminders.sendDue();
        reminders.sendDue();
        deliverAll();
        List<MimeMessage> all = mailTo(to, "/afspraken");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).getSubject()).isEqualTo("Afspraak is verlopen");
    }

    @Test
    void aMissedWeeklyUpdateReachesTheRegiehouderAndTheCoordinatorOncePerPeriod() throws Exception {
        String youth = VerslagFixtures.uniqueYouth();
        long caseId = finalisedCase(youth);
        String link = "/casussen/" + caseId + "/voortgang";

        missed.signal();
        assertThat(signals(caseId)).isZero();
        clock.advance(Duration.ofDays(8));
        missed.signal();
        assertThat(signals(caseId)).as("one day of grace after the due day").isZero();
        clock.advance(Duration.ofDays(1));
        missed.signal();
        missed.signal();
        assertThat(signals(caseId)).isEqualTo(1);

        deliverAll();
        for (String username : List.of("deelnemer-utrecht", "coordinator-utrecht")) {
            List<MimeMessage> received = mailTo(email(username), link);
            assertThat(received).as(username).hasSize(1);
            assertThat(received.get(0).getSubject()).isEqualTo("Voortgangsbericht gemist");
            assertThat(body(received.get(0))).contains("https://doorbraak.example.nl" + link).doesNotContain(youth);
        }
        mvc.perform(get(link).session(fixtures.login("deelnemer-utrecht"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("te laat")));
        assertThat(gemistOnDashboard(caseId)).isTrue();

        mvc.perform(post(link).session(fixtures.login("deelnemer-utrecht")).with(csrf()).param("text", "Weer bij."))
                .andExpect(redirectedUrl(link));
        assertThat(gemistOnDashboard(caseId)).as("an update ends the signal").isFalse();
    }

    private boolean gemistOnDashboard(long caseId) throws Exception {
        return mvc.perform(get("/overzicht/voortgang-gemist").param("regio", "utrecht")
                        .session(fixtures.login("coordinator-utrecht"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString().contains("href=\"/casussen/" + caseId + "\"");
    }

    private long finalisedCase(String youth) throws Exception {
        long item = fixtures.plannedItem(youth);
        fixtures.completeDraft(item);
        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return fixtures.caseOf(item);
    }

    private int signals(long caseId) {
        return jdbc.sql("select count(*) from voortgang_gemist where case_id = ?").param(caseId).query(Integer.class).single();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    private String email(String username) {
        return jdbc.sql("select email from app_user where username = ?").param(username).query(String.class).single();
    }

    private void deliverAll() {
        for (int i = 0; i < 500 && sender.deliverDue() > 0; i++) {
            // the shared outbox may hold other tests' mail: deliver until nothing is due
        }
    }

    private static List<MimeMessage> mailTo(String to, String linkPath) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Address[] recipients = message.getAllRecipients();
            if (recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(to))
                    && body(message).contains("https://doorbraak.example.nl" + linkPath)) {
                mine.add(message);
            }
        }
        return mine;
    }

    private static String body(MimeMessage message) throws MessagingException, IOException {
        return String.valueOf(message.getContent()).replace("\r\n", "\n");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
