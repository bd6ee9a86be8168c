package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * In the browser, as leertafel-tilburg: a proposal is submitted and followed through every decision to ingevoerd,
 * then the opbrengst is downloaded as a PDF that holds it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProposalFlowBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aMemberFollowsAProposalToIngevoerdAndDownloadsTheOpbrengst() throws Exception {
        String title = "Samen plannen bij de overstap " + UUID.randomUUID().toString().substring(0, 6);
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                        .setAcceptDownloads(true))) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "leertafel-tilburg");
            page.navigate(origin() + "/leertafels/tilburg/leertafel/voorstellen");
            page.getByText("Nieuw voorstel").first().click();
            page.getByLabel("Verbetervoorstel").check();
            page.locator("#title").fill(title);
            page.locator("#description").fill("De nieuwe school hoort te laat wat een leerling nodig heeft. "
                    + "Een gezamenlijk gesprek voor de zomer helpt.");
            page.getByLabel("Overgang PO-VO").check();
            page.getByLabel("SWV Portvolio").check();
            page.locator("button[type=submit]").last().click();
            assertThat(page.locator("h1").innerText()).isEqualTo(title);
            assertThat(page.locator(".alert--success").innerText()).contains("ingediend");

            decide(page, "In behandeling", null);
            decide(page, "Aangenomen", "Het bestuur neemt het voorstel over.");
            decide(page, "Ingevoerd", null);
            assertThat(page.locator("main").innerText()).contains("Dit voorstel is ingevoerd")
                    .contains("Het bestuur neemt het voorstel over.");
            assertThat(page.locator("form.form").count()).isZero();

            page.getByText("Terug naar de voorstellen").click();
            page.getByText("Opbrengst van de leertafel").click();
            assertThat(page.locator("main").innerText()).contains(title);
            Download download = page.waitForDownload(() -> page.getByText("Download als PDF").click());
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(download.suggestedFilename()).startsWith("opbrengst-leertafel-").endsWith(".pdf");
        }
    }

    private void decide(Page page, String status, String note) {
        page.getByLabel(status, new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#decidedOn").fill(LocalDate.now().toString());
        if (note != null) {
            page.locator("#note").fill(note);
        }
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".alert--success").innerText()).contains("Het besluit is vastgelegd");
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
