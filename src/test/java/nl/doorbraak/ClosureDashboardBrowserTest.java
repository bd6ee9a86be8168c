package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.identity.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A coordinator closes a case after its table with a passend aanbod (first with an error), sees the durations, then
 * opens the dashboard and one signal list: every page, and the form with its error, free of WCAG 2.1 A/AA problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClosureDashboardBrowserTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired CaseParticipation participation;
    @Autowired UserDirectory users;

    @Test
    void coordinatorFollowsACaseToPassendAanbodAndReadsTheDashboard() {
        LocalDate today = LocalDate.now(AMSTERDAM);
        long caseId = plannedCase(today);
        participation.recordVerslagFinalised(users.asCurrentUser("voorzitter-utrecht").orElseThrow(), caseId,
                today.minusDays(31));
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "coordinator-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            List<String> problems = new ArrayList<>();

            crawler.check(origin() + "/casussen/" + caseId, 200);
            assertThat(page.locator("#doorlooptijden").innerText()).contains("nog lopend");
            page.locator("a[href='/casussen/" + caseId + "/afsluiten']").click();
            crawler.check(page.url(), 200);

            page.locator("input[name=kind][value=PASSEND_AANBOD]").check();
            page.locator("input[name=offerType][value=ONDERWIJS_ZORGARRANGEMENT]").check();
            page.locator("#place").fill("Zorgboerderij De Horst");
            page.locator("#confirmed").check();
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".error-summary").innerText()).contains("begindatum");
            assertThat(page.locator("#place").inputValue()).isEqualTo("Zorgboerderij De Horst");
            problems.addAll(Axe.problems(page, "closing form with an error"));

            page.locator("#startsOn").fill(today.plusDays(5).toString());
            page.locator("form.form button[type=submit]").click();
            page.waitForURL(origin() + "/casussen/" + caseId);
            String durations = page.locator("#doorlooptijden").innerText();
            assertThat(durations).contains("11 weken (77 dagen)", "1 week (9 dagen)", "5 weken (36 dagen)")
                    .doesNotContain("nog lopend");
            assertThat(page.locator("#uitkomst").innerText()).contains("Onderwijs met een zorgarrangement");
            problems.addAll(Axe.problems(page, "case page after closing"));
            crawler.check(origin() + "/casussen/" + caseId + "/afsluiten", 200);

            crawler.check(origin() + "/overzicht", 200);
            page.locator("a[href='/overzicht/passend-aanbod?regio=utrecht']").click();
            crawler.check(page.url(), 200);
            assertThat(page.locator("table").innerText()).contains(String.valueOf(caseId));
            crawler.check(origin() + "/overzicht/langer-dan-drie-maanden?regio=utrecht", 200);

            problems.addAll(crawler.problems());
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }

    /** A Utrecht case on the agenda: out of school 72 days, referred 40 days ago. */
    private long plannedCase(LocalDate today) {
        long referrer = jdbc.sql("select id from app_user where username = 'verwijzer-utrecht'").query(Long.class).single();
        OffsetDateTime submitted = today.minusDays(40).atTime(12, 0).atZone(AMSTERDAM).toOffsetDateTime();
        long id = jdbc.sql("""
                insert into case_file (region_slug, status, youth_name, youth_birth_date, municipality, trigger,
                    out_of_school_since, description, kernvraag, referrer_user_id, referrer_name, sector, legal_basis,
                    enrolled, startkwalificatie, created_at, submitted_at)
                values ('utrecht', 'GEPLAND', ?, date '2011-05-01', 'Utrecht', 'THUISZITTER', ?, 'Beschrijving',
                    'Kernvraag', ?, 'Verwijzer', 'VO', 'WETTELIJKE_TAAK', true, false, ?, ?) returning id""")
                .params("Browserkind " + UUID.randomUUID().toString().substring(0, 8), today.minusDays(72), referrer,
                        submitted, submitted)
                .query(Long.class).single();
        jdbc.sql("insert into case_participant (case_id, user_id, role) values (?, ?, 'INBRENGER')").params(id, referrer).update();
        jdbc.sql("insert into case_event (case_id, occurred_at, actor_user_id, type) values (?, ?, ?, 'AANGEMELD')")
                .params(id, submitted, referrer).update();
        return id;
    }


    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
