package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The escalation page with an open and a resolved escalation and the raise form in its error state, and the
 * organisation form with the escalation contacts field in its error state, checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EscalationAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void escalationPageWithOpenAndResolvedEscalationsAndRaiseErrorsMeetsWcag() {
        long caseId = caseWithTwoEscalations();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "coordinator-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            List<String> problems = new ArrayList<>();

            crawler.check(origin() + "/casussen/" + caseId + "/opschalen", 200);
            assertThat(page.locator("article.escalation").count()).isGreaterThanOrEqualTo(2);
            page.locator("#saveInvolved1").check();
            page.locator("form.form").last().locator("button[type=submit]").click();
            assertThat(page.locator(".error-summary").count()).isPositive();
            assertThat(page.locator("#saveConsentBy-error").count()).isOne();
            problems.addAll(Axe.problems(page, "raise form with errors"));

            page.locator("form.form").first().locator("button[type=submit]").click();
            assertThat(page.locator(".error-summary").count()).isPositive();
            problems.addAll(Axe.problems(page, "resolve form with an error"));
            problems.addAll(crawler.problems());
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }

    @Test
    void organisationFormWithEscalationContactsErrorMeetsWcag() {
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "beheerder");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.check(origin() + "/beheer/organisaties/nieuw", 200);
            page.locator("#name").fill("Proefschool");
            page.locator("#escalationContacts").fill("geen-adres");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator("#escalationContacts-error").count()).isOne();
            List<String> problems = new ArrayList<>(Axe.problems(page, "organisation form with an error"));
            problems.addAll(crawler.problems());
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }


    private long caseWithTwoEscalations() {
        long caseId = jdbc.sql("""
                select id from case_file where region_slug = 'utrecht' and status in ('GEPLAND', 'IN_UITVOERING')
                order by id limit 1""").query(Long.class).single();
        long user = jdbc.sql("select id from app_user where username = 'coordinator-utrecht'").query(Long.class).single();
        OffsetDateTime raised = OffsetDateTime.now().minusDays(4);
        jdbc.sql("""
                insert into escalation (case_id, raised_by, raised_at, reason, status, resolved_by, resolved_at, decision,
                    save_involved, save_consent_by, save_consent_on, save_consent_how)
                values (?, ?, ?, 'Geen school wil plaatsen.', 'OPGELOST', ?, ?, 'Plaatsing op het VSO.', true,
                    'Beide ouders', current_date - 4, 'Mondeling aan tafel')""")
                .params(caseId, user, raised, user, raised.plusDays(3)).update();
        jdbc.sql("insert into escalation (case_id, raised_by, raised_at, reason) values (?, ?, ?, 'Zorg start niet.')")
                .params(caseId, user, raised.plusDays(3).plusHours(2)).update();
        return caseId;
    }

    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
