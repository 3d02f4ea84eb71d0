package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The browser tests' Keycloak ({@link KeycloakServer}), with the demo organisations whose users its realm holds.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private Optional<Process> started = Optional.empty();

    @Override
    public Map<String, String> start() {
        started = KeycloakServer.startUnlessStarted();
        String realm = KeycloakServer.awaitRealm();
        // The realm's web client accepts port 8080; the tests' application is on another, which it is told of as
        // the run command tells it of any other port, so every sign-in here proves that works.
        allowTheApplicationsPort(realm.substring(0, realm.indexOf("/realms/")));
        return Map.of(
                "quarkus.oidc.web.tenant-enabled", "true",
                "quarkus.oidc.web.tenant-paths", "/app,/app/*",
                "quarkus.oidc.web.auth-server-url", realm,
                "waymark.demo-data.enabled", "true");
    }

    private static void allowTheApplicationsPort(String keycloak) {
        int appPort = TestResources.applicationPort();
        try {
            Process update = new ProcessBuilder("deploy/keycloak/web-client-port.sh",
                    KeycloakServer.home().toString(), keycloak, KeycloakServer.adminPassword().toString(),
                    String.valueOf(appPort))
                    .redirectErrorStream(true).start();
            String output = new String(update.getInputStream().readAllBytes());
            if (update.waitFor() != 0) {
                throw new IllegalStateException("Could not let the realm's web client use port " + appPort + ": "
                        + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        started.ifPresent(KeycloakServer::stop);
    }
}
