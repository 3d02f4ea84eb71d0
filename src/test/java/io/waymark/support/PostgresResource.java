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

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            Path data = Files.createTempDirectory("waymark-test-postgres");
            // pg_stat_statements lets a test count the statements a request runs (Statements); BEGIN and COMMIT aside.
            postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_utility", "off")
                    .start();
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
