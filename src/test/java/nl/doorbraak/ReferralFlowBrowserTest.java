package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The referral flow in a real Chromium, as people click through it: a referrer refers a youth (first with an
 * incomplete form), a coordinator admits the case in the vooroverleg, a referrer from another region gets the
 * not-found page. Every page and every form state is checked with axe-core (WCAG 2.1 A and AA).
 * One browser for the class, a fresh context per user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReferralFlowBrowserTest {

    private static final Pattern CASE_URL = Pattern.compile(".*/casussen/(\\d+)$");
    private static final String FOCUSED_ELEMENT = """
            () => { const e = document.activeElement; return e ? (e.id || e.className || e.tagName) : ''; }""";
    private static final String BROKEN_SUMMARY_LINKS = """
            () => Array.from(document.querySelectorAll('.error-summary a'))
                  .map(a => a.getAttribute('href'))
                  .filter(href => !href.startsWith('#') || !document.getElementById(href.substring(1)))""";

    private static HeadlessChromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aReferralIsAdmittedInTheVooroverlegAndStaysHiddenFromOtherRegions() {
        String youthName = "Browserkind " + UUID.randomUUID().toString().substring(0, 8);

        long caseId = referAsVerwijzer(youthName);
        admitAsCoordinator(caseId);
        outsiderGetsNotFound(caseId);

        List<String> mails = jdbc.sql("select kind || ': ' || subject || ' ' || body from outbox_mail where link_path = ?")
                .param("/casussen/" + caseId).query(String.class).list();
        assertThat(mails).as("mails that link to the case").isNotEmpty();
        assertThat(mails).as("mails must not name the youth").noneMatch(mail -> mail.contains(youthName)
                || mail.contains(youthName.substring("Browserkind ".length())));
        assertThat(accessibilityProblems).as("accessibility problems").isEmpty();
    }

    @Test
    void aSecondReferralOfTheSameYouthLooksLikeAnyOtherToTheReferrerAndIsMarkedForTheCoordinator() {
        String youthName = "Browserkind " + UUID.randomUUID().toString().substring(0, 8);
        long first = referAsVerwijzer(youthName);
        long second = referAsVerwijzer(youthName);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, "coordinator-utrecht");
            page.navigate(origin() + "/vooroverleg/" + second);
            assertThat(page.locator("#mogelijk-dubbel").textContent()).isEqualTo("Mogelijk dubbel aangemeld");
            checkAxe(page, "triage form with a possible duplicate");

            page.navigate(origin() + "/overzicht");
            page.locator("main a[href*='/overzicht/mogelijk-dubbel']").click();
            page.waitForURL(url -> url.contains("/overzicht/mogelijk-dubbel"));
            assertThat(page.locator("main table").textContent()).contains(youthName);
            checkAxe(page, "dashboard list of possible duplicates");

            page.navigate(origin() + "/casussen/" + second);
            assertThat(page.locator("main a[href='/casussen/" + first + "']").count()).isEqualTo(1);
            checkAxe(page, "case page with a possible duplicate");
            submit(page, "Niet dezelfde");
            page.waitForURL(CASE_URL.asPredicate());
            assertThat(page.locator(".alert--success").textContent()).contains("Uw besluit");
            assertThat(timelineEvents(page)).contains("Mogelijk dubbele aanmelding beoordeeld");
            checkAxe(page, "case page after deciding on a possible duplicate");
        }
        assertThat(accessibilityProblems).as("accessibility problems").isEmpty();
    }

    private long referAsVerwijzer(String youthName) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, "verwijzer-utrecht");
            page.locator("nav.site-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nieuwe aanmelding")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Nieuwe aanmelding");
            checkAxe(page, "empty referral form");

            page.locator("#youthName").fill(youthName);
            page.locator("#kernvraag").fill("Welke school past bij deze jongere, en wat is er nodig om te beginnen?");
            submit(page, "Aanmelden");

            Locator summary = page.locator(".error-summary");
            assertThat(summary.isVisible()).as("error summary shown").isTrue();
            assertThat(summary.locator("a").count()).as("links in the error summary").isGreaterThan(3);
            assertThat(page.evaluate(FOCUSED_ELEMENT)).as("focus after a refused submit").asString().contains("error-summary");
            assertThat(page.evaluate(BROKEN_SUMMARY_LINKS)).as("error summary links without a target").asList().isEmpty();
            assertThat(page.locator("#youthName").inputValue()).isEqualTo(youthName);
            assertThat(page.locator("#kernvraag").inputValue()).startsWith("Welke school past");
            summary.locator("a[href='#youthBirthDate']").click();
            assertThat(page.evaluate(FOCUSED_ELEMENT)).as("focus after following an error link").isEqualTo("youthBirthDate");
            checkAxe(page, "referral form with errors");

            fillInTheRest(page, today);
            submit(page, "Aanmelden");
            page.waitForURL(CASE_URL.asPredicate());
            long caseId = caseIdOf(page.url());

            assertThat(page.locator(".alert--success").textContent()).contains("De aanmelding is verstuurd");
            assertThat(page.locator("main .badge").first().textContent()).isEqualTo("Aangemeld");
            assertThat(page.locator("main").textContent()).contains("Hoe lang al", "Dagen sinds de aanmelding",
                    "Leerplichtig tot en met 31 juli", "Langdurig relatief verzuim, langer dan 3 maanden", youthName);
            assertThat(timelineEvents(page)).as("timeline, oldest first").containsExactly("Concept aangemaakt", "Aangemeld");
            checkAxe(page, "case page after the referral");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
            page.waitForURL(url -> url.contains("/login"));
            return caseId;
        }
    }

    private void fillInTheRest(Page page, LocalDate today) {
        page.locator("input[name=consentByGuardian][type=checkbox]").check();
        page.locator("input[name=consentByYouth][type=checkbox]").check();
        page.locator("#consentDate").fill(today.toString());
        page.locator("input[name=consentMethod][value=SCHRIFTELIJK]").check();
        page.locator("input[name=consentForReferral][type=checkbox]").check();
        page.locator("input[name=consentForSharing][type=checkbox]").check();
        page.locator("#youthBirthDate").fill(today.minusYears(13).minusDays(20).toString());
        page.locator("#municipality").selectOption("Utrecht");
        page.locator("#schoolType").selectOption("VO");
        page.locator("input[name=enrolled][value=true]").check();
        page.locator("input[name=startkwalificatie][value=false]").check();
        page.locator("#guardian1Name").fill("Fictieve Ouder");
        page.locator("#guardian1Contact").fill("06-12345678");
        page.locator("input[name=trigger][value=THUISZITTER]").check();
        page.locator("#outOfSchoolSince").fill(today.minusMonths(4).toString());
        page.locator("#description").fill("Gaat sinds de herfst niet naar school. School en ouders zoeken samen.");
        page.locator("#referrerName").fill("Verwijzer Browsertest");
        page.locator("#referrerContact").fill("verwijzer@example.org");
        page.locator("input[name=sector][value=VO]").check();
    }

    private void admitAsCoordinator(long caseId) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, "coordinator-utrecht");
            page.locator("nav.site-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vooroverleg")).click();
            checkAxe(page, "vooroverleg queue");
            page.locator("main a[href$='/casussen/" + caseId + "']").click();
            page.waitForURL(CASE_URL.asPredicate());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vooroverleg doen")).click();
            page.waitForURL(url -> url.endsWith("/vooroverleg/" + caseId));
            assertThat(page.locator("main").textContent()).contains("Leerplichtig tot en met");
            checkAxe(page, "triage form");

            page.locator("input[name=conditionHolds][type=checkbox]").check();
            page.locator("input[name=choice][value=TOELATEN]").check();
            submit(page, "Besluit vastleggen");
            assertThat(page.locator(".error-summary").textContent()).contains("Geef een reden");
            assertThat(page.evaluate(FOCUSED_ELEMENT)).as("focus after a refused decision").asString().contains("error-summary");
            assertThat(page.evaluate(BROKEN_SUMMARY_LINKS)).as("error summary links without a target").asList().isEmpty();
            assertThat(page.locator("input[name=choice][value=TOELATEN]").isChecked()).as("choice kept").isTrue();
            checkAxe(page, "triage form with errors");

            page.locator("#reason").fill("Voldoet aan de voorwaarde: gaat al maanden niet naar school.");
            submit(page, "Besluit vastleggen");
            page.waitForURL(CASE_URL.asPredicate());
            assertThat(page.locator("main .badge").first().textContent()).isEqualTo("Toegelaten");
            assertThat(timelineEvents(page)).as("timeline, oldest first").containsSubsequence("Aangemeld", "Toegelaten");
            checkAxe(page, "case page after admission");

            submit(page, "Toewijzen");
            assertThat(page.locator(".error-summary").textContent()).contains("Kies een coördinator uit de lijst");
            checkAxe(page, "case page with an assignment error");
            page.locator("#coordinatorId").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Demo Coördinator Utrecht"));
            submit(page, "Toewijzen");
            page.waitForURL(CASE_URL.asPredicate());
            assertThat(page.locator("#coordinator + dl dd").textContent())
                    .isEqualTo("Demo Coördinator Utrecht");
            assertThat(timelineEvents(page)).as("timeline, oldest first").endsWith("Toegewezen aan coördinator");
            checkAxe(page, "case page after assigning a coordinator");
        }
    }

    private void outsiderGetsNotFound(long caseId) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, "verwijzer-amsterdam");
            Response response = page.navigate(origin() + "/casussen/" + caseId);
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("main").textContent()).doesNotContain("Browserkind");
            checkAxe(page, "not-found page for another region");
        }
    }

    private static List<String> timelineEvents(Page page) {
        return page.locator("table:has(caption:text('Wat er met deze casus gebeurde')) tbody tr td:nth-child(2)")
                .allTextContents();
    }

    private static void submit(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        page.waitForLoadState();
    }

    private static long caseIdOf(String url) {
        Matcher matcher = CASE_URL.matcher(url);
        assertThat(matcher.matches()).as("case URL " + url).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private void checkAxe(Page page, String state) {
        accessibilityProblems.addAll(Axe.problems(page, state + " (" + page.url() + ")"));
    }

    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
