package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The follow-up plan form (empty, with an error, then submitted) and the chair's meeting mode of the follow-up with
 * the open agreements of the earlier verslag, checked with axe-core. Starts from a demo case with a finalised verslag.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FollowUpAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void followUpPlanFormAndFollowUpMeetingModeMeetWcag() {
        long caseId = runningUtrechtCase();
        LocalDate day = LocalDate.now().plusDays(400 + ThreadLocalRandom.current().nextInt(2000));
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "coordinator-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            String form = origin() + "/planning/casussen/" + caseId + "/vervolgoverleg";
            crawler.check(form, 200);
            page.locator("#date").fill("");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".error-summary").count()).isPositive();
            problems.addAll(Axe.problems(page, "follow-up form with an error"));
            page.locator("#date").fill(day.toString());
            page.locator("form.form button[type=submit]").click();
            page.waitForURL(url -> url.contains("/planning/vergaderingen/"));
            assertThat(page.content()).contains("openstaande afspraken");
            problems.addAll(Axe.problems(page, "meeting page with a follow-up"));

            long item = jdbc.sql("select max(id) from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
            jdbc.sql("update meeting set chair_user_id = (select id from app_user where username = 'voorzitter-utrecht') "
                    + "where id = (select meeting_id from agenda_item where id = ?)").param(item).update();
            Page chair = context.browser().newContext().newPage();
            logIn(chair, "voorzitter-utrecht");
            AccessibilityCrawler chairCrawler = new AccessibilityCrawler(chair, origin());
            chairCrawler.check(origin() + "/verslagen/" + item, 200);
            assertThat(chair.locator("#eerdere-afspraken").count()).isEqualTo(1);
            problems.addAll(crawler.problems());
            problems.addAll(chairCrawler.problems());
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    /** A Utrecht case in execution with a finalised verslag that has an open agreement (the demo makes some). */
    private long runningUtrechtCase() {
        long caseId = jdbc.sql("""
                select c.id from case_file c join verslag v on v.case_id = c.id
                where c.region_slug = 'utrecht' and c.status = 'IN_UITVOERING' and v.latest_version > 0
                order by c.id desc limit 1""").query(Long.class).single();
        jdbc.sql("update verslag_agreement set status = 'OPEN', due_on = ? where case_id = ?")
                .params(LocalDate.now().minusDays(3), caseId).update();
        return caseId;
    }


    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
