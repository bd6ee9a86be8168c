package nl.doorbraak.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per data directory and JVM, so that several application contexts
 * (as in a test run) share one server instead of each starting its own. The last context to close stops it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path directory;
    private final EmbeddedPostgres postgres;
    private int users;

    private EmbeddedPostgresServer(Path directory, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer startOrReuse(Path directory, boolean clean) {
        EmbeddedPostgresServer server = RUNNING.computeIfAbsent(directory, dir -> start(dir, clean));
        server.users++;
        return server;
    }

    @Override
    public void close() {
        synchronized (EmbeddedPostgresServer.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(directory);
        }
        stop(postgres);
    }

    private static EmbeddedPostgresServer start(Path directory, boolean clean) {
        EmbeddedPostgresConfiguration.ensureDirectory(directory.getParent());
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "UTC")
                    .start();
            return new EmbeddedPostgresServer(directory, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL kon niet starten in " + directory, e);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is stopping; nothing left to do
        }
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }
}
