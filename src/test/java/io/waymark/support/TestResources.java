package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

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
}
