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

/** A finalised verslag's version page, its correction form with an error, and the case's list of verslagen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VerslagAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void versionPageCorrectionErrorAndVerslagListMeetWcag() throws Exception {
        VerslagFixtures fixtures = new VerslagFixtures(mvc, jdbc);
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        fixtures.completeDraft(item);
        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(redirectedUrl("/verslagen/" + item + "/versies/1"));
        String version = origin() + "/verslagen/" + item + "/versies/1";

        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "voorzitter-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            List<String> problems = new ArrayList<>();

            crawler.check(origin() + "/casussen/" + fixtures.caseOf(item) + "/verslagen", 200);
            crawler.check(version, 200);
            assertThat(page.locator("h1").count()).isOne();
            page.locator("#reason").fill("");
            page.locator("form.form button[type=submit]").click();
            page.waitForURL(origin() + "/verslagen/" + item + "/corrigeren");
            assertThat(page.locator(".error-summary").count()).isPositive();
            assertThat(page.locator("#reason-error").count()).isOne();
            problems.addAll(Axe.problems(page, "correction form with an error"));
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
