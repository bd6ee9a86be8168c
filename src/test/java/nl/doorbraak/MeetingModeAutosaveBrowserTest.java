package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.doorbraak.verslag.MeetingModeFixture;
import nl.doorbraak.verslag.MeetingModeFixture.Planned;
import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In a live meeting nothing typed may be lost: the chair types, the draft saves itself ("Opgeslagen om 14:03"), and
 * adding an agreement (which reloads the page) keeps the text and attendance, also text typed just before the
 * click, and a date typed just before pressing "Verslag vaststellen". axe-clean in every state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MeetingModeAutosaveBrowserTest {

    private static final Pattern SAVED_AT = Pattern.compile("^\\s*Opgeslagen om\\s+\\d{2}:\\d{2}\\s*$");
    private static final String HISTORY = "[id='sections[geschiedenis]']";
    private static final String CARE = "[id='sections[zorg]']";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final List<String> problems = new ArrayList<>();

    @Test
    void typedTextAndAttendanceSurviveAddingAnAgreement() throws Exception {
        Planned p = new MeetingModeFixture(mvc, jdbc).planned();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            List<String> consoleErrors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    consoleErrors.add(m.text());
                }
            });
            logIn(page, "voorzitter-utrecht");
            page.navigate(origin() + "/verslagen/" + p.itemId());
            axe(page, "meeting mode opened");

            page.locator("#attendance-" + p.deelnemer() + "-present").check();
            page.locator("#attendance-" + p.parent() + "-absent").check();
            page.locator(HISTORY).fill("Twee keer van school gewisseld; nu thuis sinds maart.");
            PlaywrightAssertions.assertThat(page.locator("#autosave-status")).hasText(SAVED_AT,
                    new LocatorAssertions.HasTextOptions().setTimeout(20_000));
            assertThat(storedSections(p.itemId())).contains("Twee keer van school gewisseld");
            axe(page, "draft saved by itself");

            // typed just before the click, with no time to save itself: the add button saves it first
            page.locator(CARE).fill("Ambulante begeleiding thuis, twee keer per week.");
            page.locator("#what").fill("Aanmelding bij het VSO versturen");
            page.locator("#ownerId").selectOption(String.valueOf(p.deelnemer()));
            page.locator("#dueOn").fill(LocalDate.now().plusDays(10).toString());
            page.locator("#result").fill("De aanmelding is ontvangen");
            page.locator("#agreement-add").click();
            page.waitForURL(origin() + "/verslagen/" + p.itemId() + "#afspraken");

            assertThat(page.locator(".alert--success").textContent()).contains("afspraak");
            assertThat(page.locator(HISTORY).inputValue()).isEqualTo("Twee keer van school gewisseld; nu thuis sinds maart.");
            assertThat(page.locator(CARE).inputValue()).isEqualTo("Ambulante begeleiding thuis, twee keer per week.");
            assertThat(page.locator("#attendance-" + p.deelnemer() + "-present").isChecked()).isTrue();
            assertThat(page.locator("#attendance-" + p.parent() + "-absent").isChecked()).isTrue();
            assertThat(page.locator("#afspraken ~ div table").textContent()).contains("Aanmelding bij het VSO versturen");
            axe(page, "agreement added");

            // and the copy goes on from the new version: the next autosave is not taken for someone else's
            page.locator(HISTORY).fill("Twee keer van school gewisseld; nu thuis sinds maart. Wil naar het VSO.");
            PlaywrightAssertions.assertThat(page.locator("#autosave-status")).hasText(SAVED_AT,
                    new LocatorAssertions.HasTextOptions().setTimeout(20_000));
            assertThat(storedSections(p.itemId())).contains("Wil naar het VSO.");
            assertThat(consoleErrors).as("console errors").isEmpty();
        }
        assertThat(problems).as("accessibility problems").isEmpty();
        assertThat(jdbc.sql("""
                select present from verslag_attendance a join verslag v on v.id = a.verslag_id
                where v.agenda_item_id = ? and a.participant_id = ?""").params(p.itemId(), p.parent())
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aDateTypedJustBeforeFinalisingCountsAndTheVerslagIsFinalised() throws Exception {
        VerslagFixtures fixtures = new VerslagFixtures(mvc, jdbc);
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        fixtures.completeDraft(item);
        jdbc.sql("update verslag set next_meeting_on = null where agenda_item_id = ?").param(item).update();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "voorzitter-utrecht");
            page.navigate(origin() + "/verslagen/" + item);

            // no time to save itself: the finalise button sends the whole form, so the date counts
            page.locator("#nextMeetingOn").fill(LocalDate.now().plusWeeks(6).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verslag vaststellen")).click();
            page.waitForURL(url -> url.contains("/verslagen/" + item + "/versies/"));

            assertThat(page.locator(".alert--success").textContent()).contains("vastgesteld");
            axe(page, "verslag finalised");
        }
        assertThat(problems).as("accessibility problems").isEmpty();
        assertThat(jdbc.sql("select next_meeting_on from verslag where agenda_item_id = ?").param(item)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now().plusWeeks(6));
    }

    private String storedSections(long itemId) {
        return jdbc.sql("select sections::text from verslag where agenda_item_id = ?").param(itemId)
                .query(String.class).single();
    }

    private void axe(Page page, String state) {
        problems.addAll(Axe.problems(page, state));
    }

    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
