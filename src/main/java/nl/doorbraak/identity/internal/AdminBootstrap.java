package nl.doorbraak.identity.internal;

import java.util.List;

/**
 * Outside the demo the first administrator gets the password from DOORBRAAK_ADMIN_PASSWORD. On an empty database
 * without a (strong enough) password the application must not start: nobody could log in to manage it.
 */
class AdminBootstrap {

    static final String ADMIN_USERNAME = "beheerder";

    /** The little storage this needs, so the rule can be tested without a database. */
    interface Accounts {
        boolean anyUser();

        void createAdministrator(String username, String rawPassword);
    }

    private final Accounts accounts;
    private final PasswordPolicy policy;

    AdminBootstrap(Accounts accounts, PasswordPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    /** Returns true when it created the administrator. */
    boolean ensureAdministrator(String adminPassword) {
        if (accounts.anyUser()) {
            return false;
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException("Er zijn nog geen gebruikers. Zet DOORBRAAK_ADMIN_PASSWORD "
                    + "(property doorbraak.admin-password) op het wachtwoord voor de eerste beheerder en start opnieuw.");
        }
        List<String> violations = policy.violations(ADMIN_USERNAME, adminPassword);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("DOORBRAAK_ADMIN_PASSWORD is te zwak (" + String.join(", ", violations)
                    + "): minstens 12 tekens, niet de gebruikersnaam, geen veelgebruikt wachtwoord, en 3 van de 4 "
                    + "soorten tekens (kleine letter, hoofdletter, cijfer, leesteken) of minstens 16 tekens.");
        }
        accounts.createAdministrator(ADMIN_USERNAME, adminPassword);
        return true;
    }
}
