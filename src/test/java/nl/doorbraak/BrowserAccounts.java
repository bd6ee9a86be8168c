package nl.doorbraak;

import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

import com.microsoft.playwright.Page;

import nl.doorbraak.common.Role;

/** The demo accounts the browser test logs in with: one per role, spread over the five regions. */
final class BrowserAccounts {

    static final String PASSWORD = "demo";

    private static final Map<Role, String> DEMO_USERNAMES = new EnumMap<>(Map.of(
            Role.BEHEERDER, "beheerder",
            Role.VERWIJZER, "verwijzer-utrecht",
            Role.COORDINATOR, "coordinator-amsterdam",
            Role.VOORZITTER, "voorzitter-zuidoost-utrecht",
            Role.DEELNEMER, "deelnemer-amstelland-meerlanden",
            Role.LEERTAFEL, "leertafel-tilburg",
            Role.BELEID, "beleid-amstelland-meerlanden",
            Role.PRIVACY, "privacy-amsterdam"));

    /** One login, plus pages the crawler would not find by following links (such as a form with errors). */
    record Account(String username, Role role, List<String> extraPaths) {
    }

    private BrowserAccounts() {
    }

    /** Logs in through the real login form, as a user would, and waits for the start page. */
    static void logIn(Page page, String origin, String username) {
        page.navigate(origin + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(origin + "/");
    }

    static List<Account> all() {
        return Arrays.stream(Role.values()).map(role -> new Account(DEMO_USERNAMES.get(role), role, extraPathsFor(role))).toList();
    }

    private static List<String> extraPathsFor(Role role) {
        return switch (role) {
            case PRIVACY -> List.of("/audit?from=31-02-2025&to=gisteren", "/audit/rechten?from=31-02-2025&to=1-1-2020");
            case BEHEERDER -> List.of("/beheer/gebruikers/nieuw", "/beheer/organisaties/nieuw", "/beheer/regios/utrecht");
            default -> List.of();
        };
    }
}
