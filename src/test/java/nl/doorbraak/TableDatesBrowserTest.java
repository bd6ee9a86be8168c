package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.doorbraak.planning.TableDateFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In a real Chromium, as a coordinator of Zuidoost Utrecht would: from the planning page to the region's table
 * dates, a date added (first with a missing day, then complete), its page to move or cancel it, and an admitted
 * case planned on the new date in its time slot and place. Every page and form state is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TableDatesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorAddsATableDateAndPlansAnAdmittedCaseOnIt() throws Exception {
        TableDateFixtures fixtures = new TableDateFixtures(mvc, jdbc);
        long caseId = fixtures.admitted(TableDateFixtures.uniqueName());
        LocalDate day = fixtures.freeWeekday();
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, TableDateFixtures.COORDINATOR);
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());

            crawler.check(origin() + "/planning", 200);
            page.locator("a[href='/planning/tafeldata/zuidoost-utrecht']").click();
            page.waitForURL(origin() + "/planning/tafeldata/zuidoost-utrecht");
            crawler.check(origin() + "/planning/tafeldata/zuidoost-utrecht", 200);

            page.locator("#timeFrom").fill("13:00");
            page.locator("#location").fill("Het Kompas, Zeist");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".error-summary").count()).isPositive();
            assertThat(page.locator("#location").inputValue()).isEqualTo("Het Kompas, Zeist");
            problems.addAll(Axe.problems(page, "table dates with an error"));

            page.locator("#date").fill(day.toString());
            page.locator("#timeUntil").fill("15:00");
            page.locator("form.form button[type=submit]").click();
            page.waitForURL(origin() + "/planning/tafeldata/zuidoost-utrecht");
            assertThat(page.locator(".alert--success").textContent()).contains("De datum is toegevoegd");
            problems.addAll(Axe.problems(page, "table dates after adding"));

            String shown = day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            page.locator("a:has-text('Datum " + shown + " wijzigen')").click();
            assertThat(page.locator("h1").textContent()).contains(shown);
            problems.addAll(Axe.problems(page, "one table date"));

            crawler.check(origin() + "/planning/casussen/" + caseId, 200);
            assertThat(page.locator("#dates-hint").textContent()).contains("13:00 tot 15:00 (Het Kompas, Zeist)");
            // the form starts in the slot of the table's next date (another test's date may come first)
            assertThat(page.locator("#slotStart").inputValue()).isNotEmpty();
            page.locator("#slotStart").fill("13:00");
            page.locator("#slotEnd").fill("14:00");
            page.locator("#tableCode").selectOption("doorbraaktafel");
            page.locator("#date").fill(day.toString());
            page.locator("form.form button[type=submit]").click();
            page.waitForURL(url -> url.contains("/planning/vergaderingen/"));
            assertThat(page.locator("main").textContent()).contains("Het Kompas, Zeist");
            problems.addAll(Axe.problems(page, "the meeting on the new date"));
            problems.addAll(crawler.problems());
        }
        assertThat(problems).as("accessibility problems").isEmpty();
        assertThat(jdbc.sql("""
                select m.starts_at::date || ' ' || m.starts_at::time || ' ' || m.location from meeting m
                join agenda_item i on i.meeting_id = m.id where i.case_id = ?""").param(caseId).query(String.class)
                .single()).isEqualTo(day + " 13:00:00 Het Kompas, Zeist");
    }


    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
