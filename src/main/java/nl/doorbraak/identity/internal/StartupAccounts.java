package nl.doorbraak.identity.internal;

import nl.doorbraak.common.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in after start: demo accounts in the demo, otherwise the first administrator.
 * Runs after the context started, so the regions and their organisations are in the database. An exception
 * here stops the application, which is what we want without an administrator password.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StartupAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);

    private final DemoMode demoMode;
    private final DemoAccounts demoAccounts;
    private final AdminBootstrap adminBootstrap;
    private final String adminPassword;
    private final TableContacts tableContacts;

    StartupAccounts(DemoMode demoMode, DemoAccounts demoAccounts, SystemAccounts systemAccounts,
            PasswordPolicy passwordPolicy, @Value("${doorbraak.admin-password:}") String adminPassword,
            TableContacts tableContacts) {
        this.tableContacts = tableContacts;
        this.demoMode = demoMode;
        this.demoAccounts = demoAccounts;
        this.adminBootstrap = new AdminBootstrap(systemAccounts, passwordPolicy);
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            int created = demoAccounts.createMissing();
            log.info("Demo: {} demo-accounts aangemaakt (wachtwoord 'demo')", created);
            log.info("Demo: {} contactpersonen voor de tafels gezet", tableContacts.demoContacts());
        } else if (adminBootstrap.ensureAdministrator(adminPassword)) {
            log.info("Eerste beheerder 'beheerder' aangemaakt met het wachtwoord uit DOORBRAAK_ADMIN_PASSWORD");
        }
    }
}
