package io.waymark.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Production never starts on a database nobody chose: the packaged service, run with no database configured and
 * without the local run command's flag, stops at once and says what to set.
 */
class NoDatabaseIT {

    @Test
    void withNoDatabaseConfiguredTheServiceRefusesToStartAndSaysWhatToSet() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("WAYMARK_"));
        Process service = builder.start();
        assertTrue(service.waitFor(60, TimeUnit.SECONDS), "still running: it started without a database");
        String output = new String(service.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(2, service.exitValue(), output);
        assertTrue(output.contains("Waymark has no database to use. Set QUARKUS_DATASOURCE_JDBC_URL"), output);
        assertTrue(!output.contains("Embedded PostgreSQL on port"), output);
    }
}
