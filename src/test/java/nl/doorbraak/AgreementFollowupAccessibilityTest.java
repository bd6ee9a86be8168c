package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** "Mijn afspraken", a case's agreements, one agreement with an error and a scenario with an error: WCAG 2.1 AA. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AgreementFollowupAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void agreementPagesAndTheirErrorStatesMeetWcag() throws Exception {
        VerslagFixtures fixtures = new VerslagFixtures(mvc, jdbc);
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        fixtures.completeDraft(item);
        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(redirectedUrl("/verslagen/" + item + "/versies/1"));
        long caseId = fixtures.caseOf(item);
        long agreement = jdbc.sql("select id from verslag_agreement where case_id = ?").param(caseId)
                .query(Long.class).single();
        jdbc.sql("update verslag_agreement set due_on = current_date - 3 where id = ?").param(agreement).update();
        long scenario = jdbc.sql("select s.id from verslag_scenario s join verslag v on v.id = s.verslag_id where v.case_id = ?")
                .param(caseId).query(Long.class).single();

        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "deelnemer-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            List<String> problems = new ArrayList<>();

            crawler.check(origin() + "/afspraken", 200);
            assertThat(page.locator(".badge--late").count()).isPositive();
            crawler.check(origin() + "/casussen/" + caseId + "/afspraken", 200);
            assertThat(page.locator("h1").count()).isOne();

            crawler.check(origin() + "/casussen/" + caseId + "/afspraken/" + agreement, 200);
            page.locator("#resultNote").fill("");
            page.locator("form[action$='/gedaan'] button[type=submit]").click();
            page.waitForURL(origin() + "/casussen/" + caseId + "/afspraken/" + agreement + "/gedaan");
            assertThat(page.locator("#resultNote-error").count()).isOne();
            problems.addAll(Axe.problems(page, "agreement done form with an error"));

            crawler.check(origin() + "/casussen/" + caseId + "/scenarios/" + scenario, 200);
            page.locator("#reason").fill("De intake ging niet door.");
            page.locator("form.form button[type=submit]").click();
            page.waitForURL(origin() + "/casussen/" + caseId + "/scenarios/" + scenario + "/activeren");
            assertThat(page.locator("#dueOn-error").count()).isOne();
            assertThat(page.locator("#reason").inputValue()).isEqualTo("De intake ging niet door.");
            problems.addAll(Axe.problems(page, "scenario activation with an error"));

            problems.addAll(crawler.problems());
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }


    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
