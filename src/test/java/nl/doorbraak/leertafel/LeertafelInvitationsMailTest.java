package nl.doorbraak.leertafel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.doorbraak.mail.internal.OutboxSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * A session's invitations through a real SMTP server (GreenMail), each .ics read back with ical4j: every current
 * member and the chair get their own, with only the table's name, time, place and the link; a move is an update
 * (same UID, SEQUENCE up), a cancellation METHOD:CANCEL. No case on the agenda shows in a mail or an .ics.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LeertafelInvitationsMailTest {

    private static final int SMTP_PORT = freePort();
    private static final String CHAIR = "voorzitter-tilburg@demo.doorbraak.example";
    private static final String MEMBER = "leertafel-tilburg-4@demo.doorbraak.example";
    private static GreenMail smtp;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxSender sender;

    LeertafelFixtures fx;
    MockHttpSession coordinator;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("doorbraak.mail.poll-interval", () -> "24h");
        registry.add("doorbraak.base-url", () -> "https://doorbraak.example.nl");
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
    void emptyMailboxes() throws Exception {
        fx = new LeertafelFixtures(mvc, jdbc);
        coordinator = fx.login("coordinator-tilburg");
        sender.deliverDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void everyMemberAndTheChairGetTheirOwnInvitationWithoutCaseContentAndUpdatesAndCancellationFollow() throws Exception {
        LocalDate day = fx.freeWeekday(400);
        long id = fx.createSession(day);
        long secret = fx.submittedCase("Geheime casustitel " + id);
        mvc.perform(post(LeertafelFixtures.PATH + "/bijeenkomsten/" + id + "/agenda").session(coordinator).with(csrf())
                .param("kind", "CASUS").param("caseId", String.valueOf(secret)).param("minutes", "30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(LeertafelFixtures.PATH + "/bijeenkomsten/" + id + "/uitnodigen").session(coordinator)
                .with(csrf())).andExpect(status().is3xxRedirection());
        sender.deliverDue();

        long members = jdbc.sql("select count(*) from leertafel_member where region_slug = 'tilburg' and until is null")
                .query(Long.class).single();
        assertThat(smtp.getReceivedMessages()).hasSize((int) members + 1);
        String link = "https://doorbraak.example.nl" + LeertafelFixtures.PATH + "/bijeenkomsten/" + id;
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(mail.getSubject()).isEqualTo("Uitnodiging: Leertafel Onderwijs-Jeugdhulp op "
                    + day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            assertThat(text(mail)).contains(link).contains("15:00").contains("16:30").contains("Stadskantoor, zaal 3")
                    .doesNotContain("Geheime casustitel");
        }
        VEvent chair = onlyEvent(CHAIR, "REQUEST");
        assertThat(chair.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Leertafel Onderwijs-Jeugdhulp");
        assertThat(chair.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Stadskantoor, zaal 3");
        assertThat(chair.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo(link);
        assertThat(chair.getProperty(Property.ATTENDEE).orElseThrow().getParameter("ROLE").orElseThrow().getValue())
                .isEqualTo("CHAIR");
        assertThat(start(chair)).isEqualTo(day.atTime(15, 0));
        VEvent member = onlyEvent(MEMBER, "REQUEST");
        assertThat(uid(member)).isNotEqualTo(uid(chair));
        assertThat(sequence(member)).isZero();

        smtp.purgeEmailFromAllMailboxes();
        LocalDate later = fx.freeWeekday(400);
        mvc.perform(post(LeertafelFixtures.PATH + "/bijeenkomsten/" + id + "/verzetten").session(coordinator).with(csrf())
                .param("date", later.toString()).param("timeFrom", "14:00").param("timeUntil", "15:30")
                .param("location", "Zaal 7")).andExpect(status().is3xxRedirection());
        sender.deliverDue();
        VEvent moved = onlyEvent(MEMBER, "REQUEST");
        assertThat(uid(moved)).isEqualTo(uid(member));
        assertThat(sequence(moved)).isEqualTo(1);
        assertThat(start(moved)).isEqualTo(later.atTime(14, 0));
        assertThat(moved.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Zaal 7");

        smtp.purgeEmailFromAllMailboxes();
        mvc.perform(post(LeertafelFixtures.PATH + "/bijeenkomsten/" + id + "/annuleren").session(coordinator)
                .with(csrf())).andExpect(status().is3xxRedirection());
        sender.deliverDue();
        VEvent cancelled = onlyEvent(MEMBER, "CANCEL");
        assertThat(uid(cancelled)).isEqualTo(uid(member));
        assertThat(sequence(cancelled)).isEqualTo(2);
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(smtp.getReceivedMessages()).hasSize((int) members + 1);
    }

    @Test
    void aNewChairGetsAnInvitationAndTheFormerOneACancellation() throws Exception {
        long id = fx.createSession(fx.freeWeekday(400));
        mvc.perform(post(LeertafelFixtures.PATH + "/bijeenkomsten/" + id + "/uitnodigen").session(coordinator)
                .with(csrf())).andExpect(status().is3xxRedirection());
        sender.deliverDue();
        smtp.purgeEmailFromAllMailboxes();
        String otherChair = "voorzitter-tilburg-tweede";
        long otherChairId = ensureChair(otherChair);
        mvc.perform(post(LeertafelFixtures.PATH + "/bijeenkomsten/" + id + "/voorzitter").session(coordinator)
                .with(csrf()).param("chairUserId", String.valueOf(otherChairId))).andExpect(status().is3xxRedirection());
        sender.deliverDue();
        assertThat(onlyEvent(CHAIR, "CANCEL")).isNotNull();
        assertThat(onlyEvent(otherChair + "@demo.doorbraak.example", "REQUEST")).isNotNull();
        // the members had their invitation; a new chair is an update to them too (SEQUENCE up)
        assertThat(sequence(onlyEvent(MEMBER, "REQUEST"))).isEqualTo(1);
    }

    @Autowired nl.doorbraak.identity.UserDirectory users;

    private long ensureChair(String username) {
        users.ensureDemoAccount(username, "Tweede Voorzitter", null, "tilburg", nl.doorbraak.common.Role.VOORZITTER);
        return fx.userId(username);
    }

    private static VEvent onlyEvent(String recipient, String method) throws Exception {
        List<VEvent> events = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(recipient))) {
                Calendar calendar = new CalendarBuilder().build(new StringReader(calendarPart(message)));
                assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
                events.add(calendar.<VEvent>getComponent("VEVENT").orElseThrow());
            }
        }
        assertThat(events).as("events to " + recipient).hasSize(1);
        return events.get(0);
    }

    private static String text(MimeMessage message) throws Exception {
        if (message.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(content(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return message.getContent().toString();
    }

    private static String content(BodyPart part) throws Exception {
        if (part.getContent() instanceof Multipart nested) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < nested.getCount(); i++) {
                all.append(content(nested.getBodyPart(i)));
            }
            return all.toString();
        }
        return part.getContent() instanceof String text ? text
                : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String calendarPart(MimeMessage message) throws Exception {
        return calendarPart((Multipart) message.getContent());
    }

    private static String calendarPart(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                String found = calendarPart(nested);
                if (found != null) {
                    return found;
                }
            } else if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                return content(part);
            }
        }
        return null;
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    private static LocalDateTime start(VEvent event) {
        return ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toLocalDateTime();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
