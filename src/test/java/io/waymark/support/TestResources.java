package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Declares the resources every @QuarkusTest shares: the embedded PostgreSQL, the OIDC test server, an SMTP server and a
 * stand-in for GOV.UK Notify. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpResource.class)
@QuarkusTestResource(NotifyResource.class)
public final class TestResources {

    private TestResources() {
    }
}
