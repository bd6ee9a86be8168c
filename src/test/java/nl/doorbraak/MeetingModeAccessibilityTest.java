package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.doorbraak.verslag.MeetingModeFixture;
import nl.doorbraak.verslag.MeetingModeFixture.Planned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The chair's meeting mode in a browser: from "Mijn tafels" to attendance, a section, an agreement refused and
 * then added, a scenario, the regiehouder and "niet aanwezig" in the checklist; axe-clean in every state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MeetingModeAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final List<String> problems = new ArrayList<>();

    @Test
    void theChairWritesTheVerslagInMeetingModeAndEveryStateMeetsWcag() throws Exception {
        MeetingModeFixture fixture = new MeetingModeFixture(mvc, jdbc);
        Planned p = fixture.planned();
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, "voorzitter-utrecht");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.check(origin() + "/verslagen", 200);
            page.locator("a[href$='/verslagen/" + p.itemId() + "']").click();
            page.waitForURL(origin() + "/verslagen/" + p.itemId());
            axe(page, "meeting mode opened");

            page.locator("#attendance-" + p.deelnemer() + "-present").check();
            page.locator("#attendance-" + p.parent() + "-absent").check();
            page.locator("[id='sections[geschiedenis]']").fill("Twee keer van school gewisseld.");
            page.locator("#regiehouderId").selectOption(String.valueOf(p.deelnemer()));
            page.locator("[id='checklist[0].notPresent']").check();
            page.locator("#draft-save").click();
            assertThat(page.locator(".alert--success").textContent()).contains("opgeslagen");
            axe(page, "verslag saved");

            page.locator("#what").fill("Aanmelding bij het VSO versturen");
            page.locator("#dueOn").fill(LocalDate.now().plusDays(7).toString());
            page.locator("#result").fill("De aanmelding is ontvangen");
            page.locator("#agreement-add").click();
            assertThat(page.locator("#ownerId-error").textContent()).contains("eigenaar");
            assertThat(page.locator("#what").inputValue()).isEqualTo("Aanmelding bij het VSO versturen");
            axe(page, "agreement without owner");

            page.locator("#ownerId").selectOption(String.valueOf(p.deelnemer()));
            page.locator("#agreement-add").click();
            assertThat(page.locator(".alert--success").textContent()).contains("afspraak");
            axe(page, "agreement added");

            // the meeting takes place (finalising opens then); the page reloads after the scenario below
            fixture.meetingHeld(p.itemId());
            page.locator("#ifThis").fill("Het VSO heeft geen plek");
            page.locator("#thenThat").fill("Opschalen naar de kernpartners");
            page.locator("#scenarioOwnerId").selectOption(String.valueOf(p.parent()));
            page.locator("#scenario-add").click();
            assertThat(page.locator(".alert--success").textContent()).contains("scenario");
            axe(page, "scenario added");

            assertThat(page.locator("[id='sections[geschiedenis]']").inputValue()).isEqualTo("Twee keer van school gewisseld.");
            assertThat(page.locator("[id='checklist[0].notPresent']").isChecked()).isTrue();

            page.locator("button[formaction$='/vaststellen']").click();
            assertThat(page.locator(".finalise-missing li").count()).isPositive();
            axe(page, "finalising refused: what is missing");

            completeTheRest(page, p);
            page.locator("#draft-save").click();
            assertThat(page.locator(".alert--success").textContent()).contains("opgeslagen");
            page.locator("button[formaction$='/vaststellen']").click();
            page.waitForURL(origin() + "/verslagen/" + p.itemId() + "/versies/1");
            assertThat(page.locator("a[href$='/versies/1/pdf']").count()).isEqualTo(1);
            axe(page, "verslag finalised");
            problems.addAll(crawler.problems());
        }
        assertThat(problems).as("accessibility problems").isEmpty();
        assertThat(jdbc.sql("select count(*) from verslag_agreement a join verslag v on v.id = a.verslag_id "
                + "where v.agenda_item_id = ?").param(p.itemId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status from case_file where id = ?").param(p.caseId()).query(String.class).single())
                .isEqualTo("IN_UITVOERING");
    }

    /** Everything finalising asks for that the steps above left open. */
    private static void completeTheRest(Page page, Planned p) {
        page.locator("input[type=radio][id$='-present']").all().forEach(radio -> {
            if (!radio.getAttribute("id").equals("attendance-" + p.parent() + "-present")) {
                radio.check();
            }
        });
        page.locator("#fixedContactId").selectOption(String.valueOf(p.deelnemer()));
        page.locator("#monitoringFrequency").selectOption("WEKELIJKS");
        page.locator("#monitoringChannel").fill("Per mail aan alle deelnemers");
        page.locator("#monitoringById").selectOption(String.valueOf(p.deelnemer()));
        page.locator("textarea[id$='.answer']").all().stream().skip(1).forEach(answer -> answer.fill("Ja."));
        page.locator("#nextMeetingOn").fill(LocalDate.now().plusWeeks(6).toString());
        page.locator("input[type=checkbox][name=nextParticipantIds]").first().check();
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
