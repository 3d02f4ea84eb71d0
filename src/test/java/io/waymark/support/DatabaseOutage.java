package io.waymark.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Stops and starts the tests' PostgreSQL server with its own pg_ctl, keeping its data and port. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** A fast shutdown: sessions are ended and open transactions rolled back, as when a server is restarted. */
    public static void stop() {
        pgCtl("stop", "-m", "fast");
    }

    public static void start() {
        StringBuilder options = new StringBuilder("-p " + System.getProperty(PostgresResource.PORT));
        PostgresResource.SERVER_CONFIG.forEach((name, value) -> options.append(" -c ").append(name).append('=').append(value));
        pgCtl("start", "-o", options.toString(),
                "-l", Path.of(System.getProperty(PostgresResource.DATA_DIR), "restart.log").toString());
    }

    private static void pgCtl(String... action) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; like zonky itself, run it in a user namespace where it is not.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtlBinary().toString(), "-D", System.getProperty(PostgresResource.DATA_DIR), "-w"));
        command.addAll(List.of(action));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + action[0] + " failed: "
                        + new String(process.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The embedded server's binaries, unpacked by zonky under the temporary directory. */
    private static Path pgCtlBinary() {
        Path unpacked = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        try (Stream<Path> versions = Files.list(unpacked)) {
            return versions.map(v -> v.resolve("bin").resolve("pg_ctl")).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no pg_ctl under " + unpacked));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
