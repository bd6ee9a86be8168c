package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The leertafel in Chromium as the coordinator runs it (members, a session on the cadence, its agenda, the
 * invitations) and as a member sees it (the agenda only from a week before), checked with axe-core in every state:
 * the warnings, the errors, the agenda over its time, the form for attendance and notes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeertafelBrowserTest {

    private static final String PATH = "/leertafels/tilburg/leertafel";

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired UserDirectory users;

    @Test
    void theCoordinatorSeatsMembersPlansASessionComposesItsAgendaAndInvitesAndAMemberPrepares() {
        String first = newMember("Eerste");
        String second = newMember("Tweede");
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext coordinatorContext = chromium.browser().newContext();
                BrowserContext memberContext = chromium.browser().newContext()) {
            Page page = coordinatorContext.newPage();
            BrowserAccounts.logIn(page, origin(), "coordinator-tilburg");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            List<String> problems = new ArrayList<>();

            crawler.check(origin() + PATH, 200);
            crawler.check(origin() + PATH + "/leden", 200);
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".error-summary").count()).isOne();
            assertThat(page.locator("#userId-error").count()).isOne();
            problems.addAll(Axe.problems(page, "members form with errors"));

            addMember(page, first, "Jeugdarts", "GEMEENTELIJKE_TOEGANG");
            addMember(page, second, "Oco", "VO");
            assertThat(page.locator(".alert--warning").allTextContents())
                    // nine demo members and two more: over the ten the werkwijze asks (other tests may seat more)
                    .anySatisfy(text -> assertThat(text).contains("vaste leden. De werkwijze vraagt 8 tot 10 leden."));
            problems.addAll(Axe.problems(page, "members page with a warning"));

            crawler.check(origin() + PATH + "/bijeenkomsten", 200);
            assertThat(page.locator("#date").inputValue()).isNotEmpty();
            page.locator("#location").fill("Stadskantoor Tilburg, zaal 3.01");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.url()).contains(PATH + "/bijeenkomsten/");
            String session = page.url().replaceAll("#.*", "");
            problems.addAll(Axe.problems(page, "a new session"));

            page.locator("#kind2").check();
            page.locator("#minutes").fill("30");
            page.locator("#agenda ~ form.form button[type=submit]").first().click();
            assertThat(page.locator("#title-error").count()).isOne();
            problems.addAll(Axe.problems(page, "agenda form with an error"));

            addOther(page, "Opening en mededelingen", "60");
            addOther(page, "Terugblik", "45");
            assertThat(page.locator(".alert--warning").allTextContents()).anySatisfy(text -> assertThat(text)
                    .contains("De agenda duurt 105 minuten; de leertafel duurt maximaal 90 minuten."));
            problems.addAll(Axe.problems(page, "agenda over the table's time"));

            page.locator("form[action$='/uitnodigen'] button").click();
            assertThat(page.locator(".alert--success").textContent()).contains("uitnodigingen verstuurd");
            problems.addAll(Axe.problems(page, "invitations sent"));

            Page member = memberContext.newPage();
            BrowserAccounts.logIn(member, origin(), "leertafel-tilburg");
            AccessibilityCrawler memberCrawler = new AccessibilityCrawler(member, origin());
            memberCrawler.check(session, 200);
            assertThat(member.locator("main").textContent()).contains("De agenda en de casussen zijn vanaf")
                    .doesNotContain("Terugblik");

            LocalDate soon = freeWeekdayWithinAWeek();
            page.navigate(session);
            page.locator("form[action$='/verzetten'] #date").fill(soon.toString());
            page.locator("form[action$='/verzetten'] button[type=submit]").click();
            assertThat(page.locator(".alert--success").count()).isOne();

            memberCrawler.check(session, 200);
            assertThat(member.locator("main").textContent()).contains("Terugblik").contains("105 minuten");

            long held = jdbc.sql("select min(id) from leertafel_session where region_slug = 'tilburg' and status = 'GEHOUDEN'")
                    .query(Long.class).single();
            crawler.check(origin() + PATH + "/bijeenkomsten/" + held, 200);
            assertThat(page.locator("textarea#notes").count()).isOne();

            page.navigate(session);
            page.locator("form[action$='/annuleren'] button").click();
            problems.addAll(Axe.problems(page, "a cancelled session"));
            problems.addAll(crawler.problems());
            problems.addAll(memberCrawler.problems());
            assertThat(problems).as("accessibility problems").isEmpty();
        } finally {
            jdbc.sql("update leertafel_member set until = current_date where until is null and user_id in "
                    + "(select id from app_user where username in (?, ?))").params(first, second).update();
        }
    }

    private void addMember(Page page, String username, String discipline, String sector) {
        page.locator("#userId").selectOption(String.valueOf(userId(username)));
        page.locator("#discipline").selectOption(discipline);
        page.locator("input[name=sector][value=" + sector + "]").check();
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".alert--success").count()).isOne();
    }

    private void addOther(Page page, String title, String minutes) {
        page.locator("#kind2").check();
        page.locator("#title").fill(title);
        page.locator("#minutes").fill(minutes);
        page.locator("#agenda ~ form.form button[type=submit]").first().click();
        assertThat(page.locator(".alert--success").count()).isOne();
    }

    private String newMember(String name) {
        String username = "leertafel-tilburg-browser-" + UUID.randomUUID().toString().substring(0, 8);
        users.ensureDemoAccount(username, name + " Browserlid", null, "tilburg", Role.LEERTAFEL);
        return username;
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private LocalDate freeWeekdayWithinAWeek() {
        for (LocalDate day = LocalDate.now().plusDays(1); ; day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && jdbc.sql("select count(*) from leertafel_session where region_slug = 'tilburg' "
                    + "and starts_at::date = ? and status <> 'GEANNULEERD'").param(day).query(Long.class).single() == 0) {
                return day;
            }
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
