package io.waymark.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's database keeps a user's data: across a restart, and across a crash of the server under write
 * load, where every write it acknowledged is still there afterwards.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void forget() {
        System.clearProperty(EmbeddedDatabase.DATA_DIR_PROPERTY);
        System.clearProperty(EmbeddedDatabase.URL_PROPERTY);
        System.clearProperty(EmbeddedDatabase.WANTED_PROPERTY);
        System.clearProperty("quarkus.datasource.username");
        System.clearProperty("quarkus.datasource.password");
    }

    @Test
    void itStartsOnlyWhenAskedForAndNoOtherDatabaseIsNamed() {
        assertFalse(EmbeddedDatabase.isWanted(), "not asked for");
        System.setProperty(EmbeddedDatabase.WANTED_PROPERTY, "true");
        assertTrue(EmbeddedDatabase.isWanted());
        System.setProperty(EmbeddedDatabase.URL_PROPERTY, "jdbc:postgresql://db.example.org/waymark");
        assertFalse(EmbeddedDatabase.isWanted(), "another database is named");
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        System.setProperty(EmbeddedDatabase.DATA_DIR_PROPERTY, dataDir.toString());
        EmbeddedPostgres first = EmbeddedDatabase.start();
        try (Connection c = first.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('still here')");
        }
        EmbeddedDatabase.close(first);

        EmbeddedPostgres second = EmbeddedDatabase.start();
        try (Connection c = second.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select note from kept")) {
            rows.next();
            assertEquals("still here", rows.getString(1));
        } finally {
            EmbeddedDatabase.close(second);
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesTheServerBeingKilledUnderLoad() throws Exception {
        System.setProperty(EmbeddedDatabase.DATA_DIR_PROPERTY, dataDir.toString());
        EmbeddedPostgres server = EmbeddedDatabase.start();
        DataSource database = server.getPostgresDatabase();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            assertEquals("on", show(s, "fsync"));
            assertEquals("on", show(s, "synchronous_commit"));
            s.execute("create table acknowledged (writer int, n int, primary key (writer, n))");
        }

        ConcurrentLinkedQueue<List<Integer>> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean serverUp = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> write(database, writer, acknowledged, serverUp));
        }
        while (acknowledged.size() < 400) {
            Thread.sleep(10);
        }
        killEveryServerProcess(dataDir);
        serverUp.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        EmbeddedDatabase.close(server);

        EmbeddedPostgres restarted = EmbeddedDatabase.start();
        try (Connection c = restarted.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select writer, n from acknowledged")) {
            Set<List<Integer>> kept = new HashSet<>();
            while (rows.next()) {
                kept.add(List.of(rows.getInt(1), rows.getInt(2)));
            }
            List<List<Integer>> lost = new ArrayList<>(acknowledged);
            lost.removeAll(kept);
            assertEquals(List.of(), lost, "writes acknowledged before the crash but gone after it");
            assertTrue(kept.size() >= acknowledged.size());
        } finally {
            EmbeddedDatabase.close(restarted);
        }
    }

    /** Inserts rows one committed transaction at a time; a row counts as acknowledged once its commit returns. */
    private static void write(DataSource database, int writer, ConcurrentLinkedQueue<List<Integer>> acknowledged,
            AtomicBoolean serverUp) {
        try (Connection c = database.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into acknowledged values (?, ?)")) {
            for (int n = 0; serverUp.get(); n++) {
                insert.setInt(1, writer);
                insert.setInt(2, n);
                insert.executeUpdate();
                acknowledged.add(List.of(writer, n));
            }
        } catch (SQLException expected) {
            // the server was killed
        }
    }

    /** As a power cut would: the postmaster and every backend at once, with no chance to write anything more. */
    private static void killEveryServerProcess(Path dataDir) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
        all.add(server);
        all.forEach(ProcessHandle::destroyForcibly);
        server.onExit().get(10, TimeUnit.SECONDS);
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet rows = s.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
