package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The planning pages with a meeting on the agenda and a plan form with errors (the full crawl may run before any
 * meeting exists), and the meeting page as a participant sees it (only their own agenda item, with its .ics link),
 * checked with axe-core like every other page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanningAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void planningOverviewMeetingPageAndPlanFormWithErrorsMeetWcag() {
        long meeting = meetingWithOneCase();
        Long admitted = jdbc.sql("select id from case_file where region_slug = 'utrecht' and status = 'TOEGELATEN' order by id limit 1")
                .query(Long.class).optional().orElse(null);
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "coordinator-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            List<String> problems = new ArrayList<>();

            crawler.check(origin() + "/planning", 200);
            crawler.check(origin() + "/planning/vergaderingen/" + meeting, 200);
            assertThat(page.locator("form.form").count()).isGreaterThanOrEqualTo(3);
            if (admitted != null) {
                crawler.check(origin() + "/planning/casussen/" + admitted, 200);
                page.locator("#date").fill("");
                page.locator("form.form button[type=submit]").click();
                assertThat(page.locator(".error-summary").count()).isPositive();
                problems.addAll(Axe.problems(page, "plan form with an error"));
            }
            problems.addAll(crawler.problems());
            problems.addAll(asParticipant(chromium, meeting));
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }

    private List<String> asParticipant(HeadlessChromium chromium, long meeting) {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "deelnemer-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.check(origin() + "/planning/vergaderingen/" + meeting, 200);
            assertThat(page.locator("a[href$='/uitnodiging.ics']").count()).isEqualTo(1);
            return crawler.problems();
        }
    }

    private long meetingWithOneCase() {
        LocalDate day = LocalDate.now().plusDays(400 + ThreadLocalRandom.current().nextInt(2000));
        long meeting = jdbc.sql("""
                insert into meeting (region_slug, table_code, starts_at, ends_at, location)
                values ('utrecht', 'actietafel', ?, ?, 'Wijkcentrum') returning id""")
                .params(day.atTime(9, 0), day.atTime(11, 0)).query(Long.class).single();
        long caseId = jdbc.sql("select id from case_file where region_slug = 'utrecht' and status <> 'CONCEPT' order by id limit 1")
                .query(Long.class).single();
        long creator = jdbc.sql("select id from app_user where username = 'coordinator-utrecht'").query(Long.class).single();
        long item = jdbc.sql("""
                insert into agenda_item (meeting_id, case_id, slot_start, slot_end, created_by, created_at)
                values (?, ?, '09:00', '10:00', ?, now()) returning id""").params(meeting, caseId, creator)
                .query(Long.class).single();
        jdbc.sql("insert into agenda_participant (agenda_item_id, name, organisation, email, role) values (?, 'Ouder', 'Thuis', 'ouder@test.example', 'OUDER')")
                .param(item).update();
        jdbc.sql("""
                insert into agenda_participant (agenda_item_id, user_id, name, email, role)
                select ?, id, display_name, email, 'KERNPARTNER' from app_user where username = 'deelnemer-utrecht'""")
                .param(item).update();
        return meeting;
    }

    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
