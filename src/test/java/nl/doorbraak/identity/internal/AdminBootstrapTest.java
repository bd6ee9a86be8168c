package nl.doorbraak.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

    /** In-memory stand-in for the user table. */
    static class FakeAccounts implements AdminBootstrap.Accounts {
        final List<String> created = new ArrayList<>();
        boolean anyUser;

        @Override
        public boolean anyUser() {
            return anyUser;
        }

        @Override
        public void createAdministrator(String username, String rawPassword) {
            created.add(username);
        }
    }

    private final FakeAccounts accounts = new FakeAccounts();
    private final AdminBootstrap bootstrap = new AdminBootstrap(accounts, new PasswordPolicy());

    @Test
    void refusesToStartOnEmptyDatabaseWithoutAdminPassword() {
        assertThatThrownBy(() -> bootstrap.ensureAdministrator(""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DOORBRAAK_ADMIN_PASSWORD");
        assertThatThrownBy(() -> bootstrap.ensureAdministrator(null))
                .hasMessageContaining("DOORBRAAK_ADMIN_PASSWORD");
        assertThat(accounts.created).isEmpty();
    }

    @Test
    void refusesToStartWithWeakAdminPassword() {
        assertThatThrownBy(() -> bootstrap.ensureAdministrator("demo"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DOORBRAAK_ADMIN_PASSWORD");
        assertThat(accounts.created).isEmpty();
    }

    @Test
    void createsTheFirstAdministratorWithAStrongPassword() {
        assertThat(bootstrap.ensureAdministrator("Sterk-Genoeg-2025!")).isTrue();
        assertThat(accounts.created).containsExactly("beheerder");
    }

    @Test
    void needsNoPasswordOnceThereAreUsers() {
        accounts.anyUser = true;
        assertThat(bootstrap.ensureAdministrator("")).isFalse();
        assertThat(accounts.created).isEmpty();
    }
}
