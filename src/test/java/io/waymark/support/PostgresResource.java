package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.waymark.common.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real, throw-away PostgreSQL for the whole test run. Its data directory and port are published as system
 * properties, so that {@link DatabaseOutage} can stop and start the very server the application uses.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    static final String DATA_DIR = "waymark.test.postgres.data";
    static final String PORT = "waymark.test.postgres.port";

    /**
     * Settings the server starts with, here and when {@link DatabaseOutage} restarts it: pg_stat_statements lets a test
     * count the statements a request runs ({@link Statements}), BEGIN and COMMIT aside.
     */
    static final Map<String, String> SERVER_CONFIG = Map.of("shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.track_utility", "off");

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            Path data = Files.createTempDirectory("waymark-test-postgres");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true);
            SERVER_CONFIG.forEach(builder::setServerConfig);
            postgres = builder.start();
            System.setProperty(DATA_DIR, data.toString());
            System.setProperty(PORT, String.valueOf(postgres.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            EmbeddedDatabase.close(postgres);
        }
    }
}
