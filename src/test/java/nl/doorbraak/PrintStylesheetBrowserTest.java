package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The case page, the dossier and the meeting agenda on paper: in print media the navigation, header, footer and
 * buttons are gone, the content stays, black on white. Uses Utrecht's demo case on the meeting ahead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PrintStylesheetBrowserTest {

    private static final String VISIBLE_CONTROLS = """
            () => Array.from(document.querySelectorAll('nav, header, footer, button, .button, input[type=file]'))
                .filter(e => e.getClientRects().length > 0).map(e => e.tagName + '.' + e.className)""";
    private static final String COLOURS = """
            () => getComputedStyle(document.body).color + ' on ' + getComputedStyle(document.body).backgroundColor""";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void printingTheCasePageTheDossierAndTheAgendaLeavesOutNavigationAndButtons() {
        long caseId = jdbc.sql("""
                select c.id from case_file c where c.region_slug = 'utrecht'
                  and c.youth_name like 'Fictief Kind Tafel gepland%' order by c.id limit 1""").query(Long.class).single();
        long meetingId = jdbc.sql("select meeting_id from agenda_item where case_id = ? order by id limit 1")
                .param(caseId).query(Long.class).single();
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "coordinator-utrecht");
            for (String path : List.of("/casussen/" + caseId, "/casussen/" + caseId + "/dossier",
                    "/planning/vergaderingen/" + meetingId)) {
                page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
                page.navigate(origin() + path);
                assertThat(page.locator("nav.site-nav").isVisible()).as("the navigation on screen, " + path).isTrue();
                page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
                check(page, path, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void check(Page page, String path, List<String> problems) {
        if (page.locator("nav.site-nav").isVisible()) {
            problems.add(path + ": the navigation prints");
        }
        List<String> controls = (List<String>) page.evaluate(VISIBLE_CONTROLS);
        if (!controls.isEmpty()) {
            problems.add(path + ": prints " + controls);
        }
        if (!page.locator("h1").isVisible()) {
            problems.add(path + ": the heading does not print");
        }
        Object colours = page.evaluate(COLOURS);
        if (!"rgb(0, 0, 0) on rgb(255, 255, 255)".equals(colours)) {
            problems.add(path + ": prints " + colours);
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
