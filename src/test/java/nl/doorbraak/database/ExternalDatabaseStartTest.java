package nl.doorbraak.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.doorbraak.DoorbraakApplication;
import nl.doorbraak.common.DemoMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Outside the demo, pointed at an external PostgreSQL with the usual Spring settings: the embedded database
 * does not start, there are no demo accounts, and the first administrator comes from DOORBRAAK_ADMIN_PASSWORD.
 */
class ExternalDatabaseStartTest {

    private static final String ADMIN_PASSWORD = "Stevig-Beheer-Wachtwoord-2026";

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalDatabase() throws Exception {
        Path directory = Files.createTempDirectory("doorbraak-external-db");
        external = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopExternalDatabase() throws Exception {
        external.close();
    }

    @Test
    void refusesToStartOnAnEmptyDatabaseWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> start("refused", Map.of()).close())
                .satisfies(failure -> assertThat(rootMessage(failure)).contains("DOORBRAAK_ADMIN_PASSWORD"));
    }

    @Test
    void createsOnlyTheFirstAdministratorAndNoEmbeddedDatabase() {
        try (ConfigurableApplicationContext context = start("bootstrap", Map.of("doorbraak.admin-password", ADMIN_PASSWORD))) {
            assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
            assertThat(context.getBean(DemoMode.class).enabled()).isFalse();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select username from app_user").query(String.class).list()).containsExactly("beheerder");
            String hash = jdbc.sql("select password_hash from app_user where username = 'beheerder'").query(String.class).single();
            assertThat(context.getBean(PasswordEncoder.class).matches(ADMIN_PASSWORD, hash)).isTrue();
            assertThat(jdbc.sql("select count(*) from region").query(Integer.class).single()).isEqualTo(5);
        }
    }

    /** Starts the app on a new, empty database of the external server. */
    private static ConfigurableApplicationContext start(String database, Map<String, Object> extra) {
        JdbcClient.create(external.getPostgresDatabase()).sql("create database " + database).update();
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", external.getJdbcUrl("postgres", database),
                "spring.datasource.username", "postgres",
                "server.port", "0",
                "doorbraak.demo", "",
                "doorbraak.admin-password", ""));
        properties.putAll(extra);
        // command-line arguments, because they outrank application.yml as environment variables would
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(DoorbraakApplication.class).run(arguments);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        StringBuilder messages = new StringBuilder();
        while (cause != null) {
            messages.append(cause.getMessage()).append('\n');
            cause = cause.getCause();
        }
        return messages.toString();
    }
}
