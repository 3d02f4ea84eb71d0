package io.waymark.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The documented backup and restore (deploy/backup, docs/operations.md), run as written against the test's
 * PostgreSQL: what was saved before the backup is all there after a restore into an empty database, table by
 * table, with the row-level security and the migration history that the service needs to start on it.
 */
@QuarkusTest
class BackupRestoreTest {

    private static final String RESTORED = "restored";

    @Test
    void aRestoredBackupHoldsEveryRowAndTheDatabasesOwnRules() throws Exception {
        String client = Api.as(Tokens.worker(Tokens.NORTH)).refer(ClientBuilder.anActiveClient().named("Morven", "Backedup"));
        Path dump = Files.createTempFile("waymark", ".dump");

        run("deploy/backup/backup.sh", dump, "postgres");
        try (Connection server = connect("postgres"); Statement s = server.createStatement()) {
            s.execute("drop database if exists " + RESTORED);
            s.execute("create database " + RESTORED);
        }
        run("deploy/backup/restore.sh", dump, RESTORED);

        try (Connection original = connect("postgres"); Connection restored = connect(RESTORED)) {
            Map<String, Long> originalRows = rowsPerTable(original);
            assertTrue(originalRows.size() > 30, "every table of the schema: " + originalRows.keySet());
            assertEquals(originalRows, rowsPerTable(restored));
            assertEquals(1, count(restored, "select count(*) from client where id = '" + client + "' and last_name = 'Backedup'"));
            assertEquals(count(original, "select count(*) from pg_policies"), count(restored, "select count(*) from pg_policies"));
            assertEquals(count(original, "select max(installed_rank) from flyway_schema_history"),
                    count(restored, "select max(installed_rank) from flyway_schema_history"));
        }
    }

    private static void run(String script, Path dump, String database) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder(script, dump.toString()).redirectErrorStream(true);
        process.environment().putAll(Map.of("PGHOST", "localhost", "PGPORT", System.getProperty("waymark.test.postgres.port"),
                "PGUSER", "postgres", "PGPASSWORD", "postgres", "PGDATABASE", database));
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes());
        assertTrue(started.waitFor(120, TimeUnit.SECONDS), script + " took too long");
        assertEquals(0, started.exitValue(), script + " failed: " + output);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("waymark.test.postgres.port")
                + "/" + database, "postgres", "postgres");
    }

    private static Map<String, Long> rowsPerTable(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, count(db, "select count(*) from \"" + table + "\""));
        }
        return rows;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
