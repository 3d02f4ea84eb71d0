package io.waymark.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The real Keycloak the browser tests sign in through: the distribution Maven unpacks into target/keycloak, with the
 * realm of deploy/keycloak, one process for the whole test run. It is started as the run begins when the run has
 * browser tests ({@link KeycloakEarlyStart}), so that it is up by the time they are, or else by
 * {@link KeycloakResource}. Where it listens is kept in system properties: the two are loaded by different class
 * loaders, so they share no fields.
 */
final class KeycloakServer {

    private static final String PORT = "waymark.test.keycloak.port";
    private static final String PID = "waymark.test.keycloak.pid";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private KeycloakServer() {
    }

    static Path home() {
        return Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.0.7"));
    }

    /** The bootstrap administrator's password, made afresh for each run. */
    static Path adminPassword() {
        return home().resolve("data/admin-password");
    }

    /** Starts Keycloak on a free port, with a fresh realm, unless this run has started it; the process if it did. */
    static Optional<Process> startUnlessStarted() {
        if (System.getProperty(PORT) != null) {
            return Optional.empty();
        }
        Path data = home().resolve("data");
        try {
            if (Files.exists(data)) {
                try (Stream<Path> files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
            Files.createDirectories(data.resolve("import"));
            Files.copy(Path.of("deploy/keycloak/waymark-realm.json"), data.resolve("import/waymark-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(adminPassword(), UUID.randomUUID().toString());
            int port = freePort();
            ProcessBuilder start = new ProcessBuilder(home().resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target/keycloak.log").toFile());
            start.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            start.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            start.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", Files.readString(adminPassword()));
            Process keycloak = start.start();
            // Stopped with the JVM too, should the run be cut short (Maven stops the browser tests' own process when
            // another test fails).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> end(keycloak)));
            System.setProperty(PORT, String.valueOf(port));
            System.setProperty(PID, String.valueOf(keycloak.pid()));
            return Optional.of(keycloak);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home(), e);
        }
    }

    /** Waits until the realm answers; its address. */
    static String awaitRealm() {
        String realm = "http://localhost:" + System.getProperty(PORT) + "/realms/waymark";
        Optional<ProcessHandle> keycloak = ProcessHandle.of(Long.parseLong(System.getProperty(PID)));
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (keycloak.isEmpty() || !keycloak.get().isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see target/keycloak.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(realm + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return realm;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + "; see target/keycloak.log");
    }

    static void stop(Process keycloak) {
        end(keycloak);
        System.clearProperty(PORT);
        System.clearProperty(PID);
    }

    private static void end(Process keycloak) {
        keycloak.descendants().forEach(ProcessHandle::destroy);
        keycloak.destroy();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
