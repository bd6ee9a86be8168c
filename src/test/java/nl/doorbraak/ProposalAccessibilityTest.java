package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The proposals of Tilburg's leertafel in every state a user meets, checked with axe-core (and the crawler's
 * structure and markup checks): the list, the new-proposal form with errors, a proposal with its history, the
 * decision form with a refused move, and the opbrengst.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProposalAccessibilityTest {

    private static final String BASE = "/leertafels/tilburg/leertafel";

    @LocalServerPort
    int port;

    @Test
    void proposalPagesInEveryStateMeetWcag() {
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "leertafel-tilburg");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            List<String> problems = new ArrayList<>();

            crawler.check(origin() + BASE + "/voorstellen", 200);
            crawler.check(origin() + BASE + "/voorstellen?status=OPEN&soort=BELEIDSVOORSTEL", 200);
            crawler.check(origin() + BASE + "/voorstellen/nieuw", 200);
            page.locator("#title").fill("Een titel zonder de rest");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".error-summary").count()).isOne();
            assertThat(page.locator("#description-error").count()).isOne();
            problems.addAll(Axe.problems(page, "new proposal with errors"));
            page.locator("#description").fill("Meneer Jansen belde pas na zes weken terug op 06-12345678.");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator("#description-identifiers li").count()).isPositive();
            problems.addAll(Axe.problems(page, "new proposal with identifiers to rewrite"));

            crawler.check(origin() + BASE + "/voorstellen?status=INGEVOERD", 200);
            page.locator("table a").first().click();
            assertThat(page.locator("table tbody tr").count()).as("the demo's ingevoerd proposal's history")
                    .isGreaterThanOrEqualTo(4);
            problems.addAll(Axe.problems(page, "a proposal with its history"));

            crawler.check(origin() + BASE + "/voorstellen?status=INGEDIEND", 200);
            page.locator("table a").first().click();
            page.locator("input[name=status][value=INGEVOERD]").check();
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator("#status-error").count()).isOne();
            problems.addAll(Axe.problems(page, "decision form with a refused move"));

            crawler.check(origin() + BASE + "/opbrengst", 200);
            crawler.check(origin() + BASE + "/opbrengst?van=2026-06&tot=2026-01", 200);
            problems.addAll(crawler.problems());
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }

    @Test
    void policyStaffReadTheProposalsAndTheOpbrengstInAnAccessibleWay() {
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "beleid-tilburg");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.check(origin() + BASE + "/voorstellen", 200);
            crawler.check(origin() + BASE + "/opbrengst", 200);
            assertThat(crawler.problems()).as("accessibility problems").isEmpty();
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
