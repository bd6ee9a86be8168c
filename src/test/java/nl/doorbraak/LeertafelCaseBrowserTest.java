package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * A member of Tilburg's leertafel writes a case with a name and a phone number in Chromium, sees both marked in place,
 * rewrites the text and saves; the coordinator opens the offer of a closed case. axe-core checks the empty form, the
 * form with hits, the case page and the offer page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeertafelCaseBrowserTest {

    private static final String CASES = "/leertafels/tilburg/leertafel/casussen";

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;

    @Test
    void aMemberSeesTheHitsInPlaceRewritesAndSaves() {
        member("leertafel-tilburg");
        String title = "Thuis na de zomer " + UUID.randomUUID().toString().substring(0, 6);
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "leertafel-tilburg");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            List<String> problems = new ArrayList<>();

            crawler.check(origin() + CASES, 200);
            crawler.check(origin() + CASES + "/nieuw", 200);
            assertThat(page.locator("main").textContent()).contains("Schrijf het patroon, niet de persoon");
            page.locator("#title").fill(title);
            page.locator("#ageBand").selectOption("12-15");
            page.locator("#schoolType").selectOption("VO");
            page.locator("#sector").selectOption("VO");
            page.locator("#outOfSchoolBand").selectOption("3_6_MAANDEN");
            page.locator("#processBand").selectOption("4_WEKEN_3_MAANDEN");
            page.locator("#interventions-0").fill("Een aangepast rooster met halve dagen");
            page.locator("#situation").fill("Mevrouw Jansen belde met 06-12345678 omdat haar zoon niet meer naar school ging.");
            page.locator("#question").fill("Wie neemt de regie als school en jeugdhulp op elkaar wachten?");
            page.locator("button[value=concept]").click();

            assertThat(page.locator(".error-summary").count()).isOne();
            assertThat(page.locator("#situation-hits mark").count()).isGreaterThanOrEqualTo(2);
            assertThat(page.locator("#situation-hits").textContent()).contains("06-12345678", "Jansen");
            assertThat(page.locator("#title").inputValue()).isEqualTo(title);
            problems.addAll(Axe.problems(page, "case form with hits"));
            assertThat(count(title)).isZero();

            page.locator("#situation").fill("Een ouder belde omdat de zoon na de zomer niet meer naar school ging.");
            page.locator("button[value=indienen]").click();
            assertThat(page.locator(".alert--success").textContent()).contains("ingediend");
            assertThat(page.locator("h1").textContent()).isEqualTo(title);
            problems.addAll(Axe.problems(page, "the submitted case"));
            assertThat(count(title)).isOne();
            problems.addAll(crawler.problems());
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }

    @Test
    void theCoordinatorsOfferOfAClosedCaseMeetsWcag() {
        long closed = jdbc.sql("select min(id) from case_file where region_slug = 'tilburg' and status = 'AFGESLOTEN'")
                .query(Long.class).single();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "coordinator-tilburg");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.check(origin() + "/casussen/" + closed + "/leertafel", 200);
            page.locator("button[value=indienen]").click();
            assertThat(page.locator(".error-summary").count()).isOne();
            List<String> problems = new ArrayList<>(Axe.problems(page, "offer form with errors"));
            problems.addAll(crawler.problems());
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }

    private void member(String username) {
        jdbc.sql("""
                insert into leertafel_member (region_slug, table_code, user_id, discipline, sector, since, added_by, added_at)
                select 'tilburg', 'leertafel', u.id, 'Oco', 'VO', current_date - 30, u.id, now() from app_user u
                where u.username = ? and not exists (select 1 from leertafel_member m where m.user_id = u.id
                  and m.region_slug = 'tilburg' and m.table_code = 'leertafel' and m.until is null)""")
                .param(username).update();
    }

    private int count(String title) {
        return jdbc.sql("select count(*) from leertafel_case where title = ?").param(title).query(Integer.class).single();
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
