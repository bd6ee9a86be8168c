package nl.doorbraak.mail;

import nl.doorbraak.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import nl.doorbraak.calendar.Contact;
import nl.doorbraak.calendar.Invitations;
import nl.doorbraak.calendar.Invitee;
import nl.doorbraak.calendar.MeetingInvite;
import nl.doorbraak.calendar.MeetingKind;
import nl.doorbraak.mail.internal.OutboxSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery through a real SMTP server (GreenMail). The schedule is pushed far away so these tests drive
 * {@link OutboxSender#deliverDue()} themselves; the shared database may hold other tests' mail, so every
 * assertion looks only at this test's own recipients and rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OutboxDeliveryTest {

    private static final int SMTP_PORT = freePort();
    private static final int MAX_ATTEMPTS = 3;
    private static GreenMail smtp;

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    Invitations invitations;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("doorbraak.mail.poll-interval", () -> "24h");
        registry.add("doorbraak.mail.max-attempts", () -> MAX_ATTEMPTS);
        registry.add("doorbraak.base-url", () -> "https://doorbraak.example.nl/");
    }

    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        MovableClock mailTestClock() {
            return new MovableClock();
        }
    }

    @BeforeEach
    void mailServerIsUp() {
        startSmtp();
    }

    @AfterAll
    static void stopMailServer() {
        stopSmtp();
    }

    @Test
    void aQueuedMailIsDeliveredOnceWithSubjectBodyAndAbsoluteLink() throws Exception {
        String to = recipient();
        long id = enqueue(new OutgoingMail(to, "AANMELDING_ONTVANGEN", "Nieuwe aanmelding – één casus wacht",
                "Er is een nieuwe aanmelding voor uw doorbraaktafel.\nU kunt hem bekijken in Doorbraak.", "/casussen/42"));

        sender.deliverDue();
        sender.deliverDue();

        List<MimeMessage> received = receivedBy(to);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Nieuwe aanmelding – één casus wacht");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("noreply@doorbraak.example");
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(
                "Er is een nieuwe aanmelding voor uw doorbraaktafel.\nU kunt hem bekijken in Doorbraak.\n\n"
                        + "https://doorbraak.example.nl/casussen/42");
        Map<String, Object> row = row(id);
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(row.get("attempts")).isEqualTo(1);
    }

    @Test
    void whileTheServerIsDownTheMailWaitsWithBackoffAndGoesOutWhenItReturns() throws Exception {
        String to = recipient();
        long id = enqueue(new OutgoingMail(to, "TEST", "Even geduld", "Tekst", "/casussen/7"));
        stopSmtp();

        Instant before = clock.instant();
        sender.deliverDue();
        Instant after = clock.instant();

        Map<String, Object> failedOnce = row(id);
        assertThat(failedOnce.get("sent_at")).isNull();
        assertThat(failedOnce.get("failed_at")).isNull();
        assertThat(failedOnce.get("attempts")).isEqualTo(1);
        assertThat((String) failedOnce.get("last_error")).contains("ConnectException").doesNotContain(to);
        assertThat(instant(failedOnce, "next_attempt_at"))
                .isBetween(before.plus(Duration.ofMinutes(1)).minusMillis(1), after.plus(Duration.ofMinutes(1)).plusMillis(1));

        sender.deliverDue();
        assertThat(row(id).get("attempts")).as("not due again before the wait is over").isEqualTo(1);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        sender.deliverDue();
        Map<String, Object> failedTwice = row(id);
        assertThat(failedTwice.get("attempts")).isEqualTo(2);
        assertThat(instant(failedTwice, "next_attempt_at")).isAfter(clock.instant().plus(Duration.ofMinutes(2)).minusSeconds(5));

        startSmtp();
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        sender.deliverDue();

        assertThat(receivedBy(to)).hasSize(1);
        assertThat(row(id).get("sent_at")).isNotNull();
    }

    @Test
    void twoSendersAtTheSameTimeSendEachMailExactlyOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String to = recipient();
            recipients.add(to);
            enqueue(new OutgoingMail(to, "TEST", "Tegelijk " + i, "Tekst", null));
        }
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return sender.deliverDue();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(run);
            Future<Integer> second = pool.submit(run);
            start.countDown();
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        for (String to : recipients) {
            assertThat(receivedBy(to)).as("mail to " + to).hasSize(1);
        }
    }

    @Test
    void afterTheLastAttemptTheMailHasFailedIsShownAndCanBeRetried() throws Exception {
        String to = recipient();
        String subject = "Mislukt " + UUID.randomUUID();
        long id = enqueue(new OutgoingMail(to, "TEST", subject, "Tekst", "/casussen/9"));
        stopSmtp();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            sender.deliverDue();
            clock.advance(Duration.ofHours(1).plusSeconds(1));
        }
        assertThat(row(id).get("failed_at")).isNotNull();
        assertThat(row(id).get("attempts")).isEqualTo(MAX_ATTEMPTS);

        String html = mvc.perform(get("/beheer/uitgaande-mail").param("status", "mislukt").with(user("beheer-mail").roles("BEHEERDER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the recipient has no account: the administrator repairs with the domain, not the address or the subject
        assertThat(html).contains("r***@school.example", "Mislukt", "Opnieuw proberen", "/beheer/uitgaande-mail/" + id + "/opnieuw")
                .doesNotContain("Er is geen mailserver ingesteld", to, subject);

        mvc.perform(post("/beheer/uitgaande-mail/{id}/opnieuw", id).param("status", "mislukt")
                        .with(user("beheer-mail").roles("BEHEERDER")).with(csrf()))
                .andExpect(redirectedUrl("/beheer/uitgaande-mail?status=mislukt"));

        Map<String, Object> requeued = row(id);
        assertThat(requeued.get("failed_at")).isNull();
        assertThat(requeued.get("attempts")).isEqualTo(0);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'MAIL_OPNIEUW' and object_type = 'MAIL' and object_id = ? and actor = 'beheer-mail'")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);

        startSmtp();
        sender.deliverDue();
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void retryingAMailThatHasNotFailedChangesNothing() throws Exception {
        long id = enqueue(new OutgoingMail(recipient(), "TEST", "Wacht nog", "Tekst", null));

        mvc.perform(post("/beheer/uitgaande-mail/{id}/opnieuw", id).with(user("beheer-mail").roles("BEHEERDER")).with(csrf()))
                .andExpect(redirectedUrl("/beheer/uitgaande-mail"));

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'MAIL_OPNIEUW' and object_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isZero();
    }

    @Test
    void aLinkWithAQueryStringOrFragmentIsRefusedWhenQueued() {
        for (String link : List.of("/casussen/1?naam=Jan", "/casussen/1#bsn", "//elders.example/x", "https://elders.example/", "casussen/1")) {
            String to = recipient();
            assertThatThrownBy(() -> enqueue(new OutgoingMail(to, "TEST", "Onderwerp", "Tekst", link)))
                    .as(link).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("Jan").hasMessageNotContaining("bsn");
            assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = ?").param(to).query(Integer.class).single())
                    .isZero();
        }
    }

    @Test
    void aRowWrittenAroundTheOutboxWithAQueryStringIsNeverSent() throws Exception {
        String to = recipient();
        long id = jdbc.sql("insert into outbox_mail (recipient, kind, subject, body, link_path) values (?, 'TEST', 'x', 'y', '/casussen/1?bsn=123') returning id")
                .param(to).query(Long.class).single();

        sender.deliverDue();

        assertThat(receivedBy(to)).isEmpty();
        assertThat(row(id).get("failed_at")).isNotNull();
        assertThat((String) row(id).get("last_error")).doesNotContain("bsn");
    }

    @Test
    void aMailWithACalendarFileArrivesAsAnInvitationWithTheIcsAttached() throws Exception {
        String to = recipient();
        String ics = invitations.request(new MeetingInvite("meeting-" + UUID.randomUUID() + "@doorbraak", 2,
                MeetingKind.DOORBRAAKTAFEL, "Zuidoost Utrecht", LocalDateTime.of(2026, 7, 1, 13, 0),
                LocalDateTime.of(2026, 7, 1, 15, 0), "Gemeentehuis Zeist", new Contact("planning@doorbraak.example", "Planning"),
                Invitee.chair(to, "Voorzitter"), URI.create("https://doorbraak.example.nl/planning/vergaderingen/1")));
        long id = enqueue(new OutgoingMail(to, "UITNODIGING_TAFEL", "Uitnodiging Doorbraaktafel – 01-07-2026",
                "U bent uitgenodigd.", "/planning/vergaderingen/1")
                .withAttachment(new MailAttachment("uitnodiging.ics", Invitations.REQUEST_CONTENT_TYPE, ics)));

        sender.deliverDue();

        List<MimeMessage> received = receivedBy(to);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getContentType()).startsWithIgnoringCase("multipart/mixed");
        List<Part> parts = leaves(mail);
        Part text = parts.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow();
        assertThat(((String) text.getContent()).replace("\r\n", "\n"))
                .isEqualTo("U bent uitgenodigd.\n\nhttps://doorbraak.example.nl/planning/vergaderingen/1");
        Part calendarPart = parts.stream().filter(p -> isType(p, "text/calendar")).findFirst().orElseThrow();
        assertThat(new ContentType(calendarPart.getContentType()).getParameter("method")).isEqualTo("REQUEST");
        Calendar calendar = new CalendarBuilder().build(calendarPart.getInputStream());
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getStartDate().orElseThrow().<TzId>getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam");
        Part file = parts.stream().filter(p -> "uitnodiging.ics".equals(fileName(p))).findFirst().orElseThrow();
        assertThat(file.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"))
                .isEqualTo(ics.replace("\r\n", "\n"));
        assertThat(row(id).get("sent_at")).isNotNull();

        String html = mvc.perform(get("/beheer/uitgaande-mail").with(user("beheer-mail").roles("BEHEERDER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("met agenda-bestand (.ics)");
    }

    @Test
    void anIncompleteOrOversizedAttachmentIsRefused() {
        assertThatThrownBy(() -> new MailAttachment("../x.ics", Invitations.REQUEST_CONTENT_TYPE, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("x.ics", Invitations.REQUEST_CONTENT_TYPE,
                "x".repeat(MailAttachment.MAX_CONTENT_LENGTH + 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into outbox_mail (recipient, kind, subject, body, attachment_filename) values (?, 'TEST', 'x', 'y', 'x.ics')")
                .param(recipient()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    private static List<Part> leaves(Part part) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            List<Part> leaves = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves.addAll(leaves(multipart.getBodyPart(i)));
            }
            return leaves;
        }
        return List.of(part);
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long enqueue(OutgoingMail mail) {
        transactions.executeWithoutResult(status -> outbox.enqueue(mail));
        return jdbc.sql("select id from outbox_mail where recipient = ?").param(mail.to()).query(Long.class).single();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select attempts, next_attempt_at, sent_at, failed_at, last_error from outbox_mail where id = ?")
                .param(id).query().singleRow();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof OffsetDateTime odt ? odt.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    private static List<MimeMessage> receivedBy(String to) throws MessagingException {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Address[] recipients = message.getAllRecipients();
            if (recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equals(to))) {
                mine.add(message);
            }
        }
        return mine;
    }

    private static String recipient() {
        return "r-" + UUID.randomUUID().toString().substring(0, 12) + "@school.example";
    }

    private static synchronized void startSmtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** A restarted server starts empty: tests only read what arrived after the last start. */
    private static synchronized void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
