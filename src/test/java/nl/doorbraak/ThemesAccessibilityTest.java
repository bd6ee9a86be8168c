package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * The themes pages checked with axe-core and the HTML checker: Tilburg's list, the add form with an error, a
 * theme's edit page, the trends with their chart (as policy staff), and the knelpunten of a Utrecht case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ThemesAccessibilityTest {

    static final String LEERTAFEL = "/leertafels/tilburg/leertafel";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listManagementAndTrendsWithTheirChartMeetWcag() {
        tagTilburgLeertafelCases();
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "coordinator-tilburg");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.check(origin() + LEERTAFEL + "/themas", 200);
            page.locator("form.form button[type=submit]").last().click();
            page.locator(".error-summary").waitFor();
            assertThat(page.locator("#name[aria-invalid=true]").count()).isEqualTo(1);
            problems.addAll(Axe.problems(page, "themes list with an error in the add form"));
            long theme = jdbc.sql("select min(id) from theme where region_slug = 'tilburg'").query(Long.class).single();
            crawler.check(origin() + LEERTAFEL + "/themas/" + theme, 200);
            problems.addAll(crawler.problems());
        }
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "beleid-tilburg");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.check(origin() + LEERTAFEL + "/trends", 200);
            assertThat(page.locator(".trend-chart svg[role=img] title").count()).isEqualTo(1);
            assertThat(page.locator("table tbody").count()).isPositive();
            crawler.check(origin() + LEERTAFEL + "/themas", 200);
            problems.addAll(crawler.problems());
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void theKnelpuntenOfACaseMeetWcag() {
        long caseId = jdbc.sql("""
                select c.id from case_file c where c.region_slug = 'utrecht' and c.status = 'IN_UITVOERING'
                  and exists (select 1 from verslag v where v.case_id = c.id and v.latest_version > 0)
                order by c.id limit 1""").query(Long.class).single();
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "coordinator-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.check(origin() + "/casussen/" + caseId + "/knelpunten", 200);
            page.locator("form.form input[type=checkbox]").first().check();
            page.locator("form.form button[type=submit]").click();
            page.locator(".alert--success").waitFor();
            problems.addAll(Axe.problems(page, "knelpunten of a case after saving"));
            problems.addAll(crawler.problems());
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    /** Enough leertafel cases over two quarters for bars, one quarter small enough to show "< 5". */
    private void tagTilburgLeertafelCases() {
        long author = jdbc.sql("select id from app_user where username = 'leertafel-tilburg'").query(Long.class).single();
        long theme = jdbc.sql("select id from theme where region_slug = 'tilburg' and code = 'wachtlijst-jeugdhulp'")
                .query(Long.class).single();
        LocalDate[] days = {LocalDate.now().minusMonths(3), LocalDate.now().minusMonths(6)};
        for (int i = 0; i < 9; i++) {
            long leertafelCase = jdbc.sql("""
                    insert into leertafel_case (region_slug, table_code, origin, author_user_id, created_at, updated_at)
                    values ('tilburg', 'leertafel', 'LID', ?, now(), now()) returning id""").param(author)
                    .query(Long.class).single();
            jdbc.sql("""
                    insert into theme_tag (theme_id, leertafel_case_id, occurred_on, tagged_by, tagged_at)
                    values (?, ?, ?, ?, now())""").params(theme, leertafelCase, days[i % 2], author).update();
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
