package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Logs in as every role through the real login form and checks every page it can reach with axe-core
 * (WCAG 2.1 A and AA) in a real Chromium. One browser for the class, a fresh context (no shared cookies) per role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityBrowserTest {

    private static final int MAX_DEPTH = 3;
    private static final int MAX_PAGES_PER_ROLE = 40;

    private static HeadlessChromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;



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
    void everyReachablePageMeetsWcagForEveryRole() {
        List<String> problems = new ArrayList<>(checkAnonymousPages());
        Map<String, Integer> pagesPerRole = new LinkedHashMap<>();
        for (BrowserAccounts.Account account : BrowserAccounts.all()) {
            // the error page looks the same for everyone: checking it once is enough
            AccessibilityCrawler crawler = crawlAs(account, pagesPerRole.isEmpty());
            pagesPerRole.put(account.role().name(), crawler.crawledPages());
            problems.addAll(crawler.problems());
        }
        System.out.println("Accessibility crawl, pages per role: " + pagesPerRole);
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    private List<String> checkAnonymousPages() {
        try (BrowserContext anonymous = browser.newContext()) {
            AccessibilityCrawler crawler = new AccessibilityCrawler(anonymous.newPage(), origin());
            crawler.check(origin() + "/login", 200);
            crawler.check(origin() + "/login?error", 200);
            // why a session ended: idle or ended by an account change, account changed, maximum lifetime
            crawler.check(origin() + "/login?verlopen", 200);
            crawler.check(origin() + "/login?gewijzigd", 200);
            crawler.check(origin() + "/login?maximaal", 200);
            return crawler.problems();
        }
    }

    private AccessibilityCrawler crawlAs(BrowserAccounts.Account account, boolean alsoErrorPage) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, account.username());
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            crawler.crawl("/", MAX_DEPTH, MAX_PAGES_PER_ROLE);
            account.extraPaths().forEach(path -> crawler.check(origin() + path, 200));
            if (alsoErrorPage) {
                crawler.check(origin() + "/bestaat-niet", 404);
            }
            return crawler;
        }
    }

    @Test
    void apiTokenPageMeetsWcagWithAnErrorAndWithANewToken() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, "verwijzer-utrecht");
            page.navigate(origin() + "/account/api-tokens");
            page.locator("form.form button[type=submit]").click();
            List<String> problems = new ArrayList<>(Axe.problems(page, "token form with an error"));
            page.locator("#name").fill("Browsertest");
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".token-value").textContent()).startsWith("dbk_");
            problems.addAll(Axe.problems(page, "new token and token list"));
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }


    @Test
    void passwordSetByTheAdministratorIsChangedFirstOnPagesThatMeetWcag() {
        String username = "wachtwoord-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, must_change_password)
                values (?, 'Browser Wachtwoord', ?, ?, true) returning id""")
                .params(username, username + "@test.example", encoder.encode("Tijdelijk-Wachtwoord-42"))
                .query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'DEELNEMER')").param(id).update();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(origin() + "/login");
            page.locator("#username").fill(username);
            page.locator("#password").fill("Tijdelijk-Wachtwoord-42");
            page.locator("form button[type=submit]").click();
            page.waitForURL(origin() + "/account/wachtwoord");
            List<String> problems = new ArrayList<>(Axe.problems(page, "password change required"));
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator(".error-summary").isVisible()).isTrue();
            problems.addAll(Axe.problems(page, "password change with errors"));
            page.locator("#currentPassword").fill("Tijdelijk-Wachtwoord-42");
            page.locator("#newPassword").fill("Mijn-Eigen-Wachtwoord-77");
            page.locator("#repeatPassword").fill("Mijn-Eigen-Wachtwoord-77");
            page.locator("form.form button[type=submit]").click();
            page.waitForURL(origin() + "/");
            assertThat(page.locator(".alert--success").textContent()).contains("Uw wachtwoord is gewijzigd");
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }

    @Test
    void tabOnTheLoginPageFocusesTheSkipLinkFirst() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(origin() + "/login");
            page.keyboard().press("Tab");

            assertThat(page.evaluate("() => document.activeElement.getAttribute('href')")).isEqualTo("#inhoud");
            assertThat(page.locator(".skip-link").isVisible()).isTrue();
        }
    }

    private void logIn(Page page, String username) {
        BrowserAccounts.logIn(page, origin(), username);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
