package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The dossier page in its three states, checked with axe-core: the inbrenger's form, the form with an error, and
 * the read-only view of a participant who received it, and the documents' upload form refusing a missing file. Uses
 * the demo dossier of Utrecht's case on the meeting ahead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DossierAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void dossierFormErrorStateAndReadOnlyViewMeetWcag() {
        long caseId = jdbc.sql("""
                select d.case_id from dossier d join case_file c on c.id = d.case_id
                where c.region_slug = 'utrecht' and c.youth_name like 'Fictief Kind Tafel gepland%' order by d.case_id limit 1""")
                .query(Long.class).single();
        String dossier = origin() + "/casussen/" + caseId + "/dossier";
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                logIn(page, "verwijzer-utrecht");
                AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
                crawler.check(dossier, 200);
                assertThat(page.locator("textarea").count()).isEqualTo(11);
                page.locator("#homeSituation").fill("x".repeat(4001));
                page.locator("form.form--wide button[type=submit]").click();
                assertThat(page.locator(".error-summary").count()).isPositive();
                assertThat(page.locator("#homeSituation[aria-invalid=true]").count()).isEqualTo(1);
                problems.addAll(Axe.problems(page, "dossier form with an error"));
                // branch documents: the upload form sent without a file comes back with the Dutch message
                page.navigate(dossier);
                page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
                assertThat(page.locator(".alert--error").textContent()).contains("Bestand: kies een bestand");
                problems.addAll(Axe.problems(page, "document upload refused"));
                problems.addAll(crawler.problems());
            }
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                logIn(page, "deelnemer-utrecht");
                AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
                crawler.check(dossier, 200);
                assertThat(page.locator("textarea").count()).isZero();
                problems.addAll(crawler.problems());
            }
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
