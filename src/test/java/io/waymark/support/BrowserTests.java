package io.waymark.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The profile every browser test class runs under: the real Keycloak with the demo realm, and the demo organisations
 * whose users it holds. One profile for them all, so the application starts once and Keycloak once for every browser
 * test.
 */
public class BrowserTests implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakResource.class));
    }
}
