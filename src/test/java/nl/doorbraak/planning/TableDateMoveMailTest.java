package nl.doorbraak.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.doorbraak.mail.internal.OutboxSender;
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

/**
 * Moving a table date that has a meeting moves the meeting with its agenda: everyone invited receives, through a
 * real SMTP server, an updated invitation with the new time and a higher SEQUENCE under the same UID.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TableDateMoveMailTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxSender sender;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("doorbraak.mail.poll-interval", () -> "24h");
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

    @Test
    void movingADateWithAMeetingReschedulesItAndEveryoneInvitedReceivesTheUpdatedIcs() throws Exception {
        TableDateFixtures f = new TableDateFixtures(mvc, jdbc);
        MockHttpSession coordinator = f.login(TableDateFixtures.COORDINATOR);
        LocalDate day = f.freeWeekday();
        mvc.perform(f.addDate(coordinator, day, "13:00", "15:00", "")).andExpect(status().is3xxRedirection());
        long dateId = f.dateOn(day);
        String youth = TableDateFixtures.uniqueName();
        long caseId = f.admitted(youth);
        mvc.perform(f.plan(coordinator, caseId, day, "13:00", "14:00")).andExpect(status().is3xxRedirection());
        long meeting = jdbc.sql("select meeting_id from agenda_item where case_id = ?").param(caseId)
                .query(Long.class).single();
        long item = jdbc.sql("select id from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
        String parent = "ouder-" + item + "@tafeldatum.example";
        String page = "/planning/vergaderingen/" + meeting;
        mvc.perform(post(page + "/deelnemers").session(coordinator).with(csrf()).param("itemId", String.valueOf(item))
                .param("name", "Ouder").param("email", parent).param("role", "OUDER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/uitnodigingen").session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        sender.deliverDue();
        VEvent first = onlyEvent(parent);
        assertThat(start(first)).isEqualTo(LocalDateTime.of(day, LocalTime.of(13, 0)));

        LocalDate later = f.freeWeekday();
        mvc.perform(f.moveDate(coordinator, dateId, later, "14:00", "16:00", "Het Baken, Zeist"))
                .andExpect(status().is3xxRedirection());
        sender.deliverDue();

        List<VEvent> received = events(parent);
        assertThat(received).hasSize(2);
        VEvent moved = received.get(1);
        assertThat(start(moved)).isEqualTo(LocalDateTime.of(later, LocalTime.of(14, 0)));
        assertThat(moved.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(first.getProperty(Property.UID).orElseThrow().getValue());
        assertThat(Integer.parseInt(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
                .isGreaterThan(Integer.parseInt(first.getProperty(Property.SEQUENCE).orElseThrow().getValue()));
        assertThat(moved.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Het Baken, Zeist");
        assertThat(jdbc.sql("select starts_at::date || ' ' || starts_at::time || ' ' || location from meeting where id = ?")
                .param(meeting).query(String.class).single()).isEqualTo(later + " 14:00:00 Het Baken, Zeist");
        assertThat(jdbc.sql("select slot_start::text from agenda_item where id = ?").param(item).query(String.class)
                .single()).isEqualTo("14:00:00");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, parent)))
                .allSatisfy(m -> assertThat(m.getSubject()).doesNotContain(youth));
    }

    private VEvent onlyEvent(String recipient) throws Exception {
        List<VEvent> events = events(recipient);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static List<VEvent> events(String recipient) throws Exception {
        List<VEvent> events = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (sentTo(message, recipient)) {
                String ics = calendarPart(message);
                assertThat(ics).as("an .ics in the mail").isNotNull();
                events.add(MeetingPrivacyWebTest.event(ics));
            }
        }
        return events;
    }

    private static String calendarPart(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart multipart)) {
            return null;
        }
        return calendarPart(multipart);
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
                Object content = part.getContent();
                return content instanceof String text ? text : new String(part.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static LocalDateTime start(VEvent event) {
        return ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toLocalDateTime();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
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
