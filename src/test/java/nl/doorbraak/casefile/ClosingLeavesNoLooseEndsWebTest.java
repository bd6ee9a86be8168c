package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.doorbraak.mail.internal.OutboxSender;
import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Closing a running Utrecht case with an open escalation, a vervolgoverleg ahead (invitations sent) and an open
 * agreement: the closing page lists all three and what happens with them, a confirmation is asked, and closing
 * resolves, cancels (mailed through GreenMail as METHOD:CANCEL) and lets lapse in one transaction, or nothing at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClosingLeavesNoLooseEndsWebTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;
    /** The case whose closing the test listener breaks. */
    static final AtomicLong FAIL_CLOSING_OF = new AtomicLong(-1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxSender sender;

    VerslagFixtures fx;
    String youth;
    long caseId;
    long followUpItem;
    long followUpMeeting;
    LocalDate followUpDay;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("doorbraak.mail.poll-interval", () -> "24h");
    }

    @TestConfiguration
    static class BreakableClosing {

        @Bean
        FailingListener failingClosingListener() {
            return new FailingListener();
        }
    }

    /** Runs after the modules' own listeners, so their changes happened and must be rolled back. */
    public static class FailingListener {

        @EventListener
        @Order(100)
        public void on(CaseEnding ending) {
            if (ending.caseId() == FAIL_CLOSING_OF.get()) {
                throw new IllegalStateException("test: closing breaks after the loose ends were closed");
            }
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
    void runningCaseWithAnEscalationAFollowUpAheadAndAnOpenAgreement() throws Exception {
        fx = new VerslagFixtures(mvc, jdbc);
        youth = VerslagFixtures.uniqueYouth();
        long first = fx.plannedItem(youth);
        caseId = fx.caseOf(first);
        fx.completeDraft(first);
        mvc.perform(post("/verslagen/" + first + "/vaststellen").session(fx.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf()).isEqualTo("IN_UITVOERING");
        planFollowUpWithInvitations();
        mvc.perform(post("/casussen/" + caseId + "/opschalen").session(fx.login("deelnemer-utrecht")).with(csrf())
                        .param("reason", "De school en de zorg komen er samen niet uit.").param("saveInvolved", "false"))
                .andExpect(status().is3xxRedirection());
        sender.deliverDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    private void planFollowUpWithInvitations() throws Exception {
        LocalDate day = LocalDate.now().plusDays(330 + ThreadLocalRandom.current().nextInt(300));
        followUpDay = day;
        MockHttpSession coordinator = fx.login("coordinator-utrecht");
        mvc.perform(post("/planning/casussen/" + caseId + "/vervolgoverleg").session(coordinator).with(csrf())
                        .param("tableCode", "actietafel").param("date", day.toString())
                        .param("slotStart", "11:00").param("slotEnd", "12:00"))
                .andExpect(status().is3xxRedirection());
        followUpItem = jdbc.sql("select max(id) from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
        followUpMeeting = jdbc.sql("select meeting_id from agenda_item where id = ?").param(followUpItem)
                .query(Long.class).single();
        String page = "/planning/vergaderingen/" + followUpMeeting;
        mvc.perform(post(page + "/voorzitter").session(coordinator).with(csrf())
                        .param("chairUserId", String.valueOf(fx.userId("voorzitter-utrecht"))).param("location", "Wijkcentrum"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/uitnodigingen").session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theClosingPageListsWhatIsStillOpenAndWhatClosingDoesWithIt() throws Exception {
        mvc.perform(get("/casussen/" + caseId + "/afsluiten").session(fx.login("coordinator-utrecht")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wat nog openstaat")))
                .andExpect(content().string(containsString("De school en de zorg komen er samen niet uit.")))
                .andExpect(content().string(containsString("Wordt opgelost.")))
                .andExpect(content().string(containsString("Actietafel")))
                .andExpect(content().string(containsString("Wordt afgezegd.")))
                .andExpect(content().string(containsString(VerslagFixtures.AGREEMENT)))
                .andExpect(content().string(containsString("Vervalt.")))
                .andExpect(content().string(containsString("Ik weet dat de casus hiermee stopt")));
    }

    @Test
    void closingWithoutTheConfirmationChangesNothingAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/casussen/" + caseId + "/afsluiten").session(fx.login("coordinator-utrecht")).with(csrf())
                        .param("kind", "ANDERE_REDEN").param("reason", "ANDERS").param("explanation", "Gezin vertrekt naar het buitenland."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vink aan dat u weet dat de casus stopt")))
                .andExpect(content().string(containsString("Gezin vertrekt naar het buitenland.")));
        assertThat(statusOf()).isEqualTo("IN_UITVOERING");
        assertEverythingStillOpen();
    }

    @Test
    void closingResolvesTheEscalationCancelsTheFollowUpAndLetsTheAgreementLapse() throws Exception {
        MockHttpSession coordinator = fx.login("coordinator-utrecht");
        mvc.perform(post("/casussen/" + caseId + "/afsluiten").session(coordinator).with(csrf())
                        .param("kind", "ANDERE_REDEN").param("reason", "VERHUISD").param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf()).isEqualTo("AFGESLOTEN");
        assertThat(jdbc.sql("select status || ': ' || decision from escalation where case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("OPGELOST: De casus is afgesloten (Verhuisd).");
        assertThat(onAPlannedMeetingAhead()).isFalse();
        assertThat(jdbc.sql("select status from verslag_agreement where case_id = ?").param(caseId).query(String.class)
                .list()).containsOnly("VERVALLEN");
        assertThat(jdbc.sql("select count(*) from verslag_agreement_history where case_id = ? and kind = 'LAPSED'")
                .param(caseId).query(Integer.class).single()).isEqualTo(1);
        assertThat(events()).contains("ESCALATIE_OPGELOST", "OVERLEG_AFGEZEGD", "AFSPRAKEN_VERVALLEN",
                "AFGESLOTEN_ZONDER_AANBOD");
        assertThat(audited()).contains("ESCALATIE_OPGELOST", "AFSPRAAK_VERVALLEN", "CASUS_AFGESLOTEN")
                .containsAnyOf("VERGADERING_GEANNULEERD", "AGENDAPUNT_VERWIJDERD");

        sender.deliverDue();
        List<MimeMessage> cancellations = receivedBy("deelnemer-utrecht@demo.doorbraak.example");
        assertThat(cancellations).isNotEmpty().allSatisfy(mail -> assertThat(mail.getSubject())
                .matches("(Geannuleerd|Uitnodiging vervalt): Actietafel.*").doesNotContain(youth));
        assertThat(jdbc.sql("""
                select attachment_content from outbox_mail where link_path = ?
                and kind in ('UITNODIGING_GEANNULEERD', 'UITNODIGING_INGETROKKEN')""")
                .param("/planning/vergaderingen/" + followUpMeeting).query(String.class).list())
                .isNotEmpty().allMatch(ics -> ics.contains("METHOD:CANCEL") && !ics.contains(youth));
        mvc.perform(get("/overzicht/open-escalaties?regio=utrecht").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/casussen/" + caseId + "\""))));
        mvc.perform(get("/casussen/" + caseId + "/afspraken").session(coordinator))
                .andExpect(content().string(containsString("Vervallen")));
    }

    @Test
    void fromAMeetingWithOtherCasesOnlyThisCaseGoesAndOnlyItsInvitationsAreWithdrawn() throws Exception {
        long other = admittedCaseOnTheFollowUpMeeting();
        MockHttpSession coordinator = fx.login("coordinator-utrecht");
        mvc.perform(post("/casussen/" + caseId + "/afsluiten").session(coordinator).with(csrf())
                        .param("kind", "ANDERE_REDEN").param("reason", "VERHUISD").param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select status from meeting where id = ?").param(followUpMeeting).query(String.class).single())
                .isEqualTo("PLANNED");
        assertThat(jdbc.sql("select case_id from agenda_item where meeting_id = ?").param(followUpMeeting)
                .query(Long.class).list()).containsExactly(other);
        String page = "/planning/vergaderingen/" + followUpMeeting;
        assertThat(jdbc.sql("select count(*) from outbox_mail where link_path = ? and kind = 'UITNODIGING_GEANNULEERD'")
                .param(page).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select attachment_content from outbox_mail where link_path = ? and kind = 'UITNODIGING_INGETROKKEN'")
                .param(page).query(String.class).list()).isNotEmpty()
                .allMatch(ics -> ics.contains("METHOD:CANCEL") && ics.contains("agendapunt-" + followUpItem + "-"));
        assertThat(audited()).contains("AGENDAPUNT_VERWIJDERD");
    }

    /** Another admitted Utrecht case on the follow-up's meeting, in the slot after it; returns its id. */
    private long admittedCaseOnTheFollowUpMeeting() throws Exception {
        java.util.Map<String, String> f = new java.util.LinkedHashMap<>(ReferralFormFields.complete(
                VerslagFixtures.uniqueYouth(), "utrecht", "Utrecht", LocalDate.now()));
        f.put("actie", "indienen");
        var referral = post("/aanmeldingen").session(fx.login("verwijzer-utrecht")).with(csrf());
        f.forEach(referral::param);
        String location = mvc.perform(referral).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long other = Long.parseLong(location.substring("/casussen/".length()));
        MockHttpSession coordinator = fx.login("coordinator-utrecht");
        mvc.perform(post("/vooroverleg/" + other).session(coordinator).with(csrf()).param("conditionHolds", "true")
                .param("choice", "TOELATEN").param("reason", "Voldoet.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/planning/casussen/" + other).session(coordinator).with(csrf()).param("tableCode", "actietafel")
                        .param("date", followUpDay.toString()).param("slotStart", "12:00").param("slotEnd", "13:00"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select meeting_id from agenda_item where case_id = ?").param(other).query(Long.class)
                .single()).isEqualTo(followUpMeeting);
        return other;
    }

    @Test
    void aFailureWhileClosingRollsBackTheCaseAndEveryLooseEnd() throws Exception {
        FAIL_CLOSING_OF.set(caseId);
        try {
            mvc.perform(post("/casussen/" + caseId + "/afsluiten").session(fx.login("coordinator-utrecht")).with(csrf())
                            .param("kind", "ANDERE_REDEN").param("reason", "VERHUISD").param("confirmed", "true"))
                    .andExpect(status().is5xxServerError());
        } catch (Exception thrown) {
            assertThat(thrown).hasStackTraceContaining("closing breaks");
        } finally {
            FAIL_CLOSING_OF.set(-1);
        }
        assertThat(statusOf()).isEqualTo("IN_UITVOERING");
        assertEverythingStillOpen();
        assertThat(events()).doesNotContain("ESCALATIE_OPGELOST", "OVERLEG_AFGEZEGD", "AFSPRAKEN_VERVALLEN");
        sender.deliverDue();
        assertThat(receivedBy("deelnemer-utrecht@demo.doorbraak.example")).isEmpty();
        assertThat(jdbc.sql("select count(*) from outbox_mail where link_path = ? and kind like 'UITNODIGING_%' "
                + "and kind <> 'UITNODIGING_TAFEL'").param("/planning/vergaderingen/" + followUpMeeting)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void stoppingACaseAsksForTheConfirmationAndKeepsTheReason() throws Exception {
        MockHttpSession coordinator = fx.login("coordinator-utrecht");
        mvc.perform(post("/casussen/" + caseId + "/toestemming-ingetrokken").session(coordinator).with(csrf())
                        .param("withdrawnOn", LocalDate.now().toString()).param("reason", "Ouders willen niet verder."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vink aan dat u weet dat de casus stopt")))
                .andExpect(content().string(containsString("Ouders willen niet verder.")));
        assertThat(statusOf()).isEqualTo("IN_UITVOERING");

        mvc.perform(post("/casussen/" + caseId + "/toestemming-ingetrokken").session(coordinator).with(csrf())
                        .param("withdrawnOn", LocalDate.now().toString()).param("reason", "Ouders willen niet verder.")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf()).isEqualTo("GESTOPT");
        assertThat(jdbc.sql("select status from escalation where case_id = ?").param(caseId).query(String.class).single())
                .isEqualTo("OPGELOST");
        assertThat(onAPlannedMeetingAhead()).isFalse();
    }

    private void assertEverythingStillOpen() {
        assertThat(jdbc.sql("select status from escalation where case_id = ?").param(caseId).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(onAPlannedMeetingAhead()).isTrue();
        assertThat(jdbc.sql("select status from verslag_agreement where case_id = ?").param(caseId).query(String.class)
                .list()).containsOnly("OPEN");
    }

    private boolean onAPlannedMeetingAhead() {
        return jdbc.sql("""
                select exists (select 1 from agenda_item i join meeting m on m.id = i.meeting_id
                               where i.case_id = ? and m.status = 'PLANNED' and m.starts_at > now())""")
                .param(caseId).query(Boolean.class).single();
    }

    private String statusOf() {
        return jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single();
    }

    private List<String> events() {
        return jdbc.sql("select type from case_event where case_id = ? order by id").param(caseId).query(String.class).list();
    }

    private List<String> audited() {
        return jdbc.sql("select action from audit_log where subject_ref = ? order by id").param("casus:" + caseId)
                .query(String.class).list();
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
