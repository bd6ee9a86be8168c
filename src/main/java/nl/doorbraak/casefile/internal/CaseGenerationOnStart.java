package nl.doorbraak.casefile.internal;

import java.time.Clock;
import java.util.Optional;

import nl.doorbraak.common.DemoMode;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Only when started with {@code --doorbraak.generate.cases=N}: generates N invented cases once the application is
 * ready, after the demo accounts and demo cases exist (so a fresh demo still gets its demo cases). Refuses, and
 * stops the start, on an external database unless {@code doorbraak.generate.allow-external=true}.
 */
@Component
@ConditionalOnProperty(name = "doorbraak.generate.cases")
class CaseGenerationOnStart {

    private final Environment environment;
    private final DemoMode demoMode;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final Clock clock;

    CaseGenerationOnStart(Environment environment, DemoMode demoMode, JdbcClient jdbc, TransactionTemplate transaction,
            Werkwijzen werkwijzen, UserDirectory users, Clock clock) {
        this.environment = environment;
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void generate() {
        int count = environment.getRequiredProperty("doorbraak.generate.cases", Integer.class);
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        boolean allowExternal = environment.getProperty("doorbraak.generate.allow-external", Boolean.class, false);
        refusal(count, embedded, demoMode.enabled(), allowExternal).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
        new CaseGenerator(jdbc, transaction, werkwijzen, users, clock, demoMode.enabled()).generate(count);
    }

    static Optional<String> refusal(int count, boolean embedded, boolean demo, boolean allowExternal) {
        if (count < 1) {
            return Optional.of("doorbraak.generate.cases moet een positief aantal zijn, niet " + count);
        }
        if (!embedded && !demo && !allowExternal) {
            return Optional.of("Geweigerd: doorbraak.generate.cases vult de database met verzonnen casussen en draait "
                    + "alleen op de ingebouwde database of in een demo-omgeving. Zet doorbraak.generate.allow-external=true "
                    + "als deze externe database echt gevuld mag worden.");
        }
        return Optional.empty();
    }
}
