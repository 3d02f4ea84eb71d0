package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.eclipse.microprofile.config.ConfigProvider;

/** Declares the resources every @QuarkusTest shares: the embedded PostgreSQL, the OIDC test server, an SMTP server, a
 * stand-in for GOV.UK Notify and one for a ClamAV daemon. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpResource.class)
@QuarkusTestResource(NotifyResource.class)
@QuarkusTestResource(ClamdStandIn.class)
public final class TestResources {

    private TestResources() {
    }

    /**
     * The port the tests' application listens on: Quarkus' 8081, or another where the run says so (the second test
     * run's application is on 8082).
     */
    public static int applicationPort() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
    }
}
