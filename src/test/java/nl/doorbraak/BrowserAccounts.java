package nl.doorbraak;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts the browser test logs in with: one per role, created here when absent because the
 * demo accounts are built elsewhere. To crawl with the demo accounts instead, return those from {@link #all}.
 */
final class BrowserAccounts {

    static final String PASSWORD = "demo";

    /** One login, plus pages the crawler would not find by following links (such as a form with errors). */
    record Account(String username, Role role, List<String> extraPaths) {
    }

    private BrowserAccounts() {
    }

    static List<Account> all() {
        return Arrays.stream(Role.values()).map(role -> new Account(usernameFor(role), role, extraPathsFor(role))).toList();
    }

    static void ensureExist(List<Account> accounts, JdbcClient jdbc, PasswordEncoder encoder) {
        accounts.forEach(account -> ensureExists(account, jdbc, encoder));
    }

    private static void ensureExists(Account account, JdbcClient jdbc, PasswordEncoder encoder) {
        boolean exists = jdbc.sql("select count(*) from app_user where lower(username) = lower(?)")
                .param(account.username()).query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, email, password_hash)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(account.username(), "Test " + account.role().name().toLowerCase(Locale.ROOT),
                        account.username() + "@example.org", encoder.encode(PASSWORD))
                .query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, account.role().name()).update();
    }

    private static String usernameFor(Role role) {
        return "e2e-" + role.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> extraPathsFor(Role role) {
        return role == Role.PRIVACY ? List.of("/audit?from=31-02-2025&to=gisteren") : List.of();
    }
}
