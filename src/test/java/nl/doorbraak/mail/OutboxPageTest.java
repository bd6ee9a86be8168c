package nl.doorbraak.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.doorbraak.identity.IdentityFixtures;
import nl.doorbraak.mail.internal.OutboxAdministration;
import nl.doorbraak.mail.internal.OutboxEntry;
import nl.doorbraak.mail.internal.OutboxPage;
import nl.doorbraak.mail.internal.OutboxSender;
import nl.doorbraak.mail.internal.OutboxStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox page in the demo set-up: no mail server, so mail is only shown. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OutboxPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxAdministration administration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    @WithMockUser(username = "beheer-demo", roles = "BEHEERDER")
    void theAdministratorSeesQueuedMailAndIsToldNoMailServerIsSetUp() throws Exception {
        String subject = "Aanmelding ontvangen " + UUID.randomUUID();
        String colleague = accountAddress();
        enqueue(colleague, subject, "/casussen/31");

        String html = mvc.perform(get("/beheer/uitgaande-mail")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Er is geen mailserver ingesteld", colleague, subject, "href=\"/casussen/31\"",
                "Wachtend", "href=\"/beheer/uitgaande-mail\"");
    }

    /** Finding 7 of the security test: the outbox told the administrator which family was invited to which table. */
    @Test
    @WithMockUser(username = "beheer-demo", roles = "BEHEERDER")
    void theAdministratorSeesAParentsAddressMaskedAndNotWhichTableTheyAreInvitedTo() throws Exception {
        String parent = "ouder-" + UUID.randomUUID().toString().substring(0, 8) + "@gezin.example";
        String subject = "Uitnodiging: Doorbraaktafel Zeist op 1-7-2026 " + UUID.randomUUID();
        transactions.executeWithoutResult(s -> outbox.enqueue(new OutgoingMail(parent, "UITNODIGING_TAFEL", subject,
                "U bent uitgenodigd voor de Doorbraaktafel Zeist.", "/planning/vergaderingen/77")));

        String html = mvc.perform(get("/beheer/uitgaande-mail")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("o***@gezin.example", "Afgeschermd", "UITNODIGING_TAFEL", "Wachtend")
                .doesNotContain(parent, subject, "Doorbraaktafel Zeist", "/planning/vergaderingen/77");
    }

    @Test
    @WithMockUser(username = "beheer-demo", roles = "BEHEERDER")
    void aColleaguesInvitationShowsTheAddressButNotTheMeeting() throws Exception {
        String colleague = accountAddress();
        String subject = "Uitnodiging: Actietafel Utrecht op 2-7-2026 " + UUID.randomUUID();
        transactions.executeWithoutResult(s -> outbox.enqueue(new OutgoingMail(colleague, "UITNODIGING_TAFEL", subject,
                "U bent uitgenodigd.", "/planning/vergaderingen/78")
                .withAttachment(new MailAttachment("uitnodiging.ics", "text/calendar; charset=UTF-8; method=REQUEST", "BEGIN:VCALENDAR"))));

        String html = mvc.perform(get("/beheer/uitgaande-mail")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains(colleague, "met agenda-bestand (.ics)")
                .doesNotContain(subject, "/planning/vergaderingen/78");
    }

    @Test
    @WithMockUser(username = "beheer-demo", roles = "BEHEERDER")
    void aFailedMailToAParentCanStillBeRetriedWithItsDomainErrorAndAttempts() throws Exception {
        String parent = "p-" + UUID.randomUUID().toString().substring(0, 8) + "@gezin-fout.example";
        long id = jdbc.sql("""
                insert into outbox_mail (recipient, kind, subject, body, attempts, failed_at, last_error)
                values (?, 'TEST', 'Geheim onderwerp', 'Tekst', 10, now(), 'SMTPAddressFailedException: 550 [adres]')
                returning id""").param(parent).query(Long.class).single();

        String html = mvc.perform(get("/beheer/uitgaande-mail").param("status", "mislukt")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("p***@gezin-fout.example", "Mislukt", "550 [adres]", "<td>10</td>",
                "/beheer/uitgaande-mail/" + id + "/opnieuw").doesNotContain(parent, "Geheim onderwerp");
    }

    @Test
    void withoutAMailServerTheSenderSendsNothing() {
        String to = recipient();
        enqueue(to, "Blijft staan", null);

        assertThat(sender.deliverDue()).isZero();

        Map<String, Object> row = jdbc.sql("select attempts, sent_at, failed_at from outbox_mail where recipient = ?")
                .param(to).query().singleRow();
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(row.get("sent_at")).isNull();
        assertThat(row.get("failed_at")).isNull();
    }

    @Test
    void pagesGoBackInTimeAndForwardAgain() {
        String kind = "PAGINA_" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < OutboxAdministration.PAGE_SIZE + 5; i++) {
            transactions.executeWithoutResult(s -> outbox.enqueue(new OutgoingMail(recipient(), kind, "Pagina", "Tekst", null)));
        }

        OutboxPage newest = administration.page(OutboxStatus.WACHTEND, null, null);
        assertThat(newest.entries()).hasSize(OutboxAdministration.PAGE_SIZE).allMatch(e -> e.kind().equals(kind));
        assertThat(newest.olderThan()).isNotNull();
        assertThat(newest.newerThan()).isNull();

        OutboxPage older = administration.page(OutboxStatus.WACHTEND, newest.olderThan(), null);
        List<OutboxEntry> mineOnOlder = older.entries().stream().filter(e -> e.kind().equals(kind)).toList();
        assertThat(mineOnOlder).hasSize(5);
        assertThat(older.entries().get(0).id()).isLessThan(newest.entries().get(newest.entries().size() - 1).id());
        assertThat(older.newerThan()).isNotNull();

        OutboxPage backAgain = administration.page(OutboxStatus.WACHTEND, null, older.newerThan());
        assertThat(backAgain.entries()).extracting(OutboxEntry::id)
                .containsExactlyElementsOf(newest.entries().stream().map(OutboxEntry::id).toList());
    }

    @Test
    @WithMockUser(username = "beheer-demo", roles = "BEHEERDER")
    void aStatusFilterShowsOnlyThatStatus() throws Exception {
        String subject = "Wachtend " + UUID.randomUUID();
        enqueue(recipient(), subject, null);

        String sentOnly = mvc.perform(get("/beheer/uitgaande-mail").param("status", "verzonden"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(sentOnly).doesNotContain(subject);
    }

    @Test
    @WithMockUser(username = "coordinator-test", roles = {"COORDINATOR", "PRIVACY", "VERWIJZER"})
    void othersMayNotSeeOrRetryMail() throws Exception {
        mvc.perform(get("/beheer/uitgaande-mail")).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/uitgaande-mail/1/opnieuw").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "beheer-demo", roles = "BEHEERDER")
    void retryWithAWrongCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/beheer/uitgaande-mail/1/opnieuw").with(csrf().useInvalidToken())).andExpect(status().isForbidden());
    }

    private void enqueue(String to, String subject, String link) {
        transactions.executeWithoutResult(s -> outbox.enqueue(new OutgoingMail(to, "TEST", subject, "Tekst", link)));
    }

    /** The address of a new account: the administrator manages it on the user pages anyway. */
    private String accountAddress() {
        String username = IdentityFixtures.unique("collega");
        String address = username + "@school.example";
        jdbc.sql("insert into app_user (username, display_name, email, password_hash) values (?, 'Collega', ?, 'x')")
                .params(username, address).update();
        return address;
    }

    private static String recipient() {
        return "p-" + UUID.randomUUID().toString().substring(0, 12) + "@school.example";
    }
}
