package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The site header on a 390 px phone: nothing scrolls sideways, the navigation sits behind a "Menu" disclosure that
 * opens without script, every link and button of the header is a touch target of at least 44 by 44 px, and the
 * page stays axe-clean with the menu closed and open. On a wide screen the navigation shows without the toggle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhoneHeaderBrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final double TOUCH_TARGET = 44;
    // the longest demo username, with the most navigation links; the administrator's links; a participant's
    private static final List<String> USERS = List.of("coordinator-lokaal-zuidoost-utrecht", "beheerder",
            "deelnemer-amstelland-meerlanden");

    private static HeadlessChromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

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
    void onAPhoneTheHeaderFitsAndEveryLinkIsAReachableTouchTarget() {
        List<String> problems = new ArrayList<>();
        for (String user : USERS) {
            try (BrowserContext context = browser.newContext(phone())) {
                Page page = context.newPage();
                BrowserAccounts.logIn(page, origin(), user);
                assertThat(scrollWidth(page)).as(user + ": page width, menu closed").isLessThanOrEqualTo(PHONE_WIDTH);
                Locator links = page.locator("nav.site-nav a");
                assertThat(links.first().isVisible()).as(user + ": the menu starts closed").isFalse();
                problems.addAll(Axe.problems(page, user + ", menu closed"));

                page.locator(".site-nav__toggle").click();

                assertThat(links.count()).as(user).isGreaterThan(3);
                for (int i = 0; i < links.count(); i++) {
                    assertTouchTargetOnScreen(links.nth(i), user + ": link " + links.nth(i).textContent());
                }
                for (String target : List.of(".site-header__logo", ".site-header__notifications",
                        ".site-header__user button", ".site-nav__toggle")) {
                    assertTouchTargetOnScreen(page.locator(target), user + ": " + target);
                }
                assertThat(scrollWidth(page)).as(user + ": page width, menu open").isLessThanOrEqualTo(PHONE_WIDTH);
                problems.addAll(Axe.problems(page, user + ", menu open"));
            }
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void withoutScriptTheMenuOpensAndItsLinksWork() {
        try (BrowserContext context = browser.newContext(phone().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "coordinator-amsterdam");
            Locator triage = page.locator("nav.site-nav a[href='/vooroverleg']");
            assertThat(triage.isVisible()).isFalse();

            page.locator(".site-nav__toggle").click();
            assertThat(triage.isVisible()).isTrue();
            triage.click();

            page.waitForURL(origin() + "/vooroverleg");
        }
    }

    @Test
    void onAWideScreenTheNavigationShowsWithoutTheMenuToggle() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            BrowserAccounts.logIn(page, origin(), "coordinator-amsterdam");

            assertThat(page.locator(".site-nav__toggle").isVisible()).isFalse();
            assertThat(page.locator("nav.site-nav a[href='/vooroverleg']").isVisible()).isTrue();
            assertThat(page.locator("nav.site-nav").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Planning")).count()).isEqualTo(1);
            assertThat(Axe.problems(page, "wide screen")).isEmpty();
        }
    }

    private static void assertTouchTargetOnScreen(Locator target, String what) {
        assertThat(target.isVisible()).as(what + " visible").isTrue();
        BoundingBox box = target.boundingBox();
        assertThat(box.height).as(what + " height").isGreaterThanOrEqualTo(TOUCH_TARGET);
        assertThat(box.width).as(what + " width").isGreaterThanOrEqualTo(TOUCH_TARGET);
        assertThat(box.x).as(what + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what + " right edge").isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private static int scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }


    private static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true)
                .setHasTouch(true);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
