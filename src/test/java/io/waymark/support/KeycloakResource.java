package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real Keycloak (the distribution Maven unpacks into target/keycloak) with the realm of deploy/keycloak, for the
 * browser tests, and the demo organisations whose users that realm holds.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private Process keycloak;

    @Override
    public Map<String, String> start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.0.7"));
        try {
            Path data = home.resolve("data");
            if (Files.exists(data)) {
                try (Stream<Path> files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
            Files.createDirectories(data.resolve("import"));
            Files.copy(Path.of("deploy/keycloak/waymark-realm.json"), data.resolve("import/waymark-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            Path adminPassword = data.resolve("admin-password");
            Files.writeString(adminPassword, UUID.randomUUID().toString());
            ProcessBuilder start = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target/keycloak.log").toFile());
            start.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            start.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", Files.readString(adminPassword));
            keycloak = start.start();
            String realm = "http://localhost:" + port + "/realms/waymark";
            awaitReady(realm + "/.well-known/openid-configuration");
            // The realm's web client accepts port 8080; the tests' application is on another, which it is told of as
            // the run command tells it of any other port, so every sign-in here proves that works.
            allowTheApplicationsPort(home, port, adminPassword);
            return Map.of(
                    "quarkus.oidc.web.tenant-enabled", "true",
                    "quarkus.oidc.web.tenant-paths", "/app,/app/*",
                    "quarkus.oidc.web.auth-server-url", realm,
                    "waymark.demo-data.enabled", "true");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    private static void allowTheApplicationsPort(Path home, int keycloakPort, Path adminPassword)
            throws IOException {
        int appPort = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        Process update = new ProcessBuilder("deploy/keycloak/web-client-port.sh", home.toString(),
                "http://localhost:" + keycloakPort, adminPassword.toString(), String.valueOf(appPort))
                .redirectErrorStream(true).start();
        String output = new String(update.getInputStream().readAllBytes());
        try {
            if (update.waitFor() != 0) {
                throw new IllegalStateException("Could not let the realm's web client use port " + appPort + ": "
                        + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
        }
    }

    private void awaitReady(String url) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see target/keycloak.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + "; see target/keycloak.log");
    }

    private static void sleep() {
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
