package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The outbox page with mail in every status (the full crawl may run while the outbox is still empty),
 * checked with axe-core like every other page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OutboxAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOutboxWithWaitingSentAndFailedMailMeetsWcag() {
        String external = insertMailInEveryStatus();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logInAsAdministrator(page);
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());

            crawler.check(origin() + "/beheer/uitgaande-mail", 200);
            String all = page.content();
            crawler.check(origin() + "/beheer/uitgaande-mail?status=mislukt", 200);

            assertThat(page.locator("form.inline-form button").count()).isPositive();
            // masked and shown rows side by side: an external address only as first letter and domain
            assertThat(all).contains("a***@school.example", "Afgeschermd", "Aan een collega", ACCOUNT_ADDRESS)
                    .doesNotContain(external);
            assertThat(crawler.problems()).as("accessibility problems").isEmpty();
        }
    }

    /** A demo account's address, so one row shows whole. */
    private static final String ACCOUNT_ADDRESS = "beheerder@demo.doorbraak.example";

    /** Returns the external address the rows were sent to. */
    private String insertMailInEveryStatus() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String external = "a11y-" + suffix + "@school.example";
        jdbc.sql("insert into outbox_mail (recipient, kind, subject, body, link_path) values (?, 'TEST', 'Aan een collega', 'Tekst', '/beheer')")
                .param(ACCOUNT_ADDRESS).update();
        jdbc.sql("""
                insert into outbox_mail (recipient, kind, subject, body, link_path, attempts, next_attempt_at, sent_at, failed_at, last_error)
                values (:to, 'TEST', 'Wacht op nieuwe poging', 'Regel een.\nRegel twee.', '/casussen/1', 2, now() + interval '2 minutes', null, null, 'ConnectException: Connection refused'),
                       (:to, 'TEST', 'Verzonden', 'Tekst', null, 1, now(), now(), null, null),
                       (:to, 'TEST', 'Mislukt', 'Tekst', '/casussen/2', 10, now(), null, now(), 'ConnectException: Connection refused')
                """).param("to", external).update();
        return external;
    }

    private void logInAsAdministrator(Page page) {
        page.navigate(origin() + "/login");
        page.locator("#username").fill("beheerder");
        page.locator("#password").fill(BrowserAccounts.PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(origin() + "/");
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
