package io.waymark.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's database keeps its data when the service is stopped and started again. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        System.setProperty(EmbeddedDatabase.DATA_DIR_PROPERTY, dataDir.toString());
        try {
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
        } finally {
            System.clearProperty(EmbeddedDatabase.DATA_DIR_PROPERTY);
            System.clearProperty(EmbeddedDatabase.URL_PROPERTY);
            System.clearProperty("quarkus.datasource.username");
            System.clearProperty("quarkus.datasource.password");
        }
    }
}
