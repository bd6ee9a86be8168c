package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Adding a document through the real server (Tomcat's multipart parsing, the CSRF token in the multipart form): a
 * file over the limit but under the multipart hard limit gets the Dutch message, a fitting one is added and removed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DossierDocumentsBrowserTest {

    private static final String UPLOAD = "form[enctype='multipart/form-data']";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void aTooLargeFileGetsTheDutchMessageAndAFittingOneIsAddedAndRemoved() {
        long caseId = jdbc.sql("""
                select c.id from case_file c where c.region_slug = 'utrecht'
                  and c.youth_name like 'Fictief Kind Tafel gepland%' order by c.id limit 1""").query(Long.class).single();
        String dossier = origin() + "/casussen/" + caseId + "/dossier";
        try (HeadlessChromium chromium = HeadlessChromium.start();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "verwijzer-utrecht");
            page.navigate(dossier);
            byte[] large = new byte[15 * 1024 * 1024];
            byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(pdf, 0, large, 0, pdf.length);
            page.locator("#bestand").setInputFiles(new FilePayload("groot.pdf", "application/pdf", large));
            page.locator(UPLOAD + " button[type=submit]").click();
            assertThat(page.locator(".alert--error").textContent())
                    .isEqualTo("Bestand: het bestand is te groot. Het mag hoogstens 10 MB zijn; dit bestand is 15 MB.");

            page.locator("#soort").selectOption("BRIEF");
            page.locator("#bestand").setInputFiles(new FilePayload("Brief aan school.pdf", "application/pdf",
                    nl.doorbraak.dossier.DocumentSamples.PDF));
            page.locator(UPLOAD + " button[type=submit]").click();
            assertThat(page.locator(".alert--success").textContent()).isEqualTo("Het document is toegevoegd aan het dossier.");
            assertThat(page.url()).doesNotContain("Brief");
            page.locator("tr", new Page.LocatorOptions().setHasText("Brief aan school.pdf")).locator("button").click();
            assertThat(page.locator(".alert--success").textContent()).isEqualTo("Het document is verwijderd uit het dossier.");
            assertThat(page.locator("text=Brief aan school.pdf").count()).isZero();
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
