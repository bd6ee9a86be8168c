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
 * The progress page checked with axe-core: the form, the form with an error (an empty update), and the list after
 * posting. Uses a Utrecht demo case in execution (preferably one with a finalised verslag) and its coordinator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VoortgangAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void progressPageWithErrorAndWithUpdatesMeetsWcag() {
        long caseId = jdbc.sql("""
                select c.id from case_file c where c.region_slug = 'utrecht' and c.status = 'IN_UITVOERING'
                order by exists (select 1 from verslag v where v.case_id = c.id and v.latest_version > 0) desc, c.id
                limit 1""").query(Long.class).single();
        String progress = origin() + "/casussen/" + caseId + "/voortgang";
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "coordinator-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.check(progress, 200);
            assertThat(page.locator("textarea#text").count()).isEqualTo(1);

            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".error-summary").count()).isPositive();
            assertThat(page.locator("#text[aria-invalid=true]").count()).isEqualTo(1);
            problems.addAll(Axe.problems(page, "progress form with an error"));

            page.locator("#text").fill("De leerling gaat twee ochtenden per week naar school.");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".progress-update").count()).isPositive();
            problems.addAll(Axe.problems(page, "progress page with an update"));
            problems.addAll(crawler.problems());
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    /** A demo case's regiehouder turned into an external (no account) for this test, then back. */
    @Test
    void progressPageForARegiehouderWithoutAnAccountMeetsWcag() {
        long verslag = jdbc.sql("""
                select v.id from verslag v join case_file c on c.id = v.case_id
                where c.region_slug = 'utrecht' and c.status = 'IN_UITVOERING' and v.latest_version > 0
                order by v.id limit 1""").query(Long.class).single();
        long caseId = jdbc.sql("select case_id from verslag where id = ?").param(verslag).query(Long.class).single();
        Long regiehouder = jdbc.sql("select regiehouder_id from verslag where id = ?").param(verslag)
                .query(Long.class).optional().orElse(null);
        long external = jdbc.sql("""
                insert into agenda_participant (agenda_item_id, name, role)
                select agenda_item_id, 'Ouder (test zonder account)', 'OUDER' from verslag where id = ? returning id""")
                .param(verslag).query(Long.class).single();
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            jdbc.sql("update verslag set regiehouder_id = ? where id = ?").params(external, verslag).update();
            Page page = context.newPage();
            logIn(page, "coordinator-utrecht");
            new AccessibilityCrawler(page, origin()).check(origin() + "/casussen/" + caseId + "/voortgang", 200);
            assertThat(page.locator("#regiehouder-zonder-account").innerText()).contains("(geen account)");
            page.locator("#text").fill("Namens de regiehouder: het gaat goed.");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".progress-update").first().innerText()).contains("namens Ouder (test zonder account)");
            problems.addAll(Axe.problems(page, "progress page posted on behalf of a regiehouder without an account"));
        } finally {
            jdbc.sql("update verslag set regiehouder_id = ? where id = ?").params(regiehouder, verslag).update();
            jdbc.sql("update voortgang_bericht set on_behalf_of = null where case_id = ?").param(caseId).update();
            jdbc.sql("delete from agenda_participant where id = ?").param(external).update();
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
