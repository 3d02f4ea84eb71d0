package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.waymark.common.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;

/** One real, throw-away PostgreSQL for the whole test run. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedDatabase.startEphemeral();
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
