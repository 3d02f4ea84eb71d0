package io.waymark.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The image the build wrote (target/waymark-image.tar, by Jib without a daemon): its configuration is what the
 * deployments expect (non-root, the two ports, the service as its entry point), and the file system it carries
 * starts the service, with nothing from the build machine: its own Java, its own libraries, its own application,
 * against a PostgreSQL, until readiness answers UP. No container runtime is needed: the image's own loader runs its
 * own Java.
 */
class ContainerImageIT {

    private static final Path IMAGE = Path.of("target/waymark-image.tar");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theImageRunsTheServiceAsANonRootUser() throws Exception {
        Path unpacked = Files.createTempDirectory("waymark-image");
        run(List.of("tar", "-xf", IMAGE.toAbsolutePath().toString(), "-C", unpacked.toString()), Map.of());
        JsonNode manifest = json.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        JsonNode config = json.readTree(unpacked.resolve(manifest.get("Config").asText()).toFile()).get("config");
        assertEquals("185", config.get("User").asText());
        assertTrue(config.get("ExposedPorts").has("8080/tcp") && config.get("ExposedPorts").has("9000/tcp"));
        assertEquals("/opt/java/bin/java", config.get("Entrypoint").get(0).asText());
        assertEquals("/deployments/quarkus-run.jar", config.get("Entrypoint").get(config.get("Entrypoint").size() - 1).asText());

        Path root = Files.createDirectories(unpacked.resolve("rootfs"));
        for (JsonNode layer : manifest.get("Layers")) {
            run(List.of("tar", "-xzf", unpacked.resolve(layer.asText()).toString(), "-C", root.toString()), Map.of());
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            int http = freePort();
            int management = freePort();
            List<String> command = new ArrayList<>(List.of(root.resolve("lib64/ld-linux-x86-64.so.2").toString(),
                    "--library-path", root.resolve("lib/x86_64-linux-gnu") + ":" + root.resolve("usr/lib/x86_64-linux-gnu")));
            config.get("Entrypoint").forEach(part -> command.add(part.asText().startsWith("/") ? root + part.asText() : part.asText()));
            ProcessBuilder launch = new ProcessBuilder(command).directory(root.resolve("deployments").toFile())
                    .redirectErrorStream(true).redirectOutput(unpacked.resolve("service.log").toFile());
            launch.environment().putAll(Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "QUARKUS_HTTP_PORT", String.valueOf(http), "QUARKUS_MANAGEMENT_PORT", String.valueOf(management),
                    "JAVA_HOME", root.resolve("opt/java").toString()));
            Process service = launch.start();
            try {
                assertEquals(200, readiness(management, service), () -> log(unpacked));
                HttpResponse<String> front = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, front.statusCode());
                assertTrue(front.body().contains("Sign in"));
            } finally {
                service.destroy();
                service.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    /** Polls readiness for up to two minutes; the status of the last answer, or -1 if the service never answered. */
    private static int readiness(int port, Process service) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int status = -1;
        for (long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2); System.nanoTime() < deadline && service.isAlive(); ) {
            try {
                status = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return status;
    }

    private static String log(Path unpacked) {
        try {
            return Files.readString(unpacked.resolve("service.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
