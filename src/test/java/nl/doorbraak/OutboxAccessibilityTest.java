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
        insertMailInEveryStatus();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logInAsAdministrator(page);
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());

            crawler.check(origin() + "/beheer/uitgaande-mail", 200);
            crawler.check(origin() + "/beheer/uitgaande-mail?status=mislukt", 200);

            assertThat(page.locator("form.inline-form button").count()).isPositive();
            assertThat(crawler.problems()).as("accessibility problems").isEmpty();
        }
    }

    private void insertMailInEveryStatus() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into outbox_mail (recipient, kind, subject, body, link_path, attempts, next_attempt_at, sent_at, failed_at, last_error)
                values (:to, 'TEST', 'Wacht op nieuwe poging', 'Regel een.\nRegel twee.', '/casussen/1', 2, now() + interval '2 minutes', null, null, 'ConnectException: Connection refused'),
                       (:to, 'TEST', 'Verzonden', 'Tekst', null, 1, now(), now(), null, null),
                       (:to, 'TEST', 'Mislukt', 'Tekst', '/casussen/2', 10, now(), null, now(), 'ConnectException: Connection refused')
                """).param("to", "a11y-" + suffix + "@school.example").update();
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
