package io.waymark.demo;

import io.waymark.demo.DemoData.DemoOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What someone trying Waymark on their machine needs once it has started: where the pages, the API and the
 * operations endpoints answer (the latter on the management port when it is on, as in the run command), where the
 * data is kept, where the emails and texts it sends can be read, and the demo sign-ins.
 */
@ApplicationScoped
class DemoBanner {

    private static final Logger LOG = Logger.getLogger(DemoBanner.class);
    private static final String LINE = "    %-22s %s%n";

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @ConfigProperty(name = "quarkus.management.enabled", defaultValue = "false")
    boolean managementEnabled;

    @ConfigProperty(name = "quarkus.management.port", defaultValue = "9000")
    int managementPort;

    /** The realm the pages sign in through. */
    @ConfigProperty(name = "quarkus.oidc.web.auth-server-url")
    String realm;

    /** The embedded PostgreSQL's data directory, set when Waymark started one (common.EmbeddedDatabase). */
    @ConfigProperty(name = "waymark.data-dir")
    Optional<String> dataDirectory;

    /** Where the emails Waymark sends can be read, when a local SMTP server keeps them (the run command's). */
    @ConfigProperty(name = "waymark.demo-data.emails-read-at")
    Optional<String> emailsReadAt;

    /** Where the texts can be read, when a stand-in for GOV.UK Notify keeps them (the run command's). */
    @ConfigProperty(name = "waymark.demo-data.texts-read-at")
    Optional<String> textsReadAt;

    /** Where the sign-ins are managed, and with which account (the run command's Keycloak). */
    @ConfigProperty(name = "waymark.demo-data.sign-ins-managed-at")
    Optional<String> signInsManagedAt;

    void print() {
        String app = "http://localhost:" + port;
        String operations = managementEnabled ? "http://localhost:" + managementPort : app;
        StringBuilder out = new StringBuilder("\n\n  Waymark with its demo data\n");
        out.append(LINE.formatted("Pages", app + "/app"));
        out.append(LINE.formatted("Public referral form", app + "/refer/" + DemoData.ORGANISATIONS.get(0).code()));
        out.append(LINE.formatted("API", app + "/api/v1/clients (with a bearer token: README, \"Try the API\")"));
        out.append(LINE.formatted("OpenAPI document", operations + "/q/openapi"));
        out.append(LINE.formatted("Health", operations + "/q/health/ready"));
        out.append(LINE.formatted("Metrics", operations + "/q/metrics"));
        out.append(LINE.formatted("Sign-in service", realm));
        signInsManagedAt.ifPresent(at -> out.append(LINE.formatted("Sign-ins managed at", at)));
        emailsReadAt.ifPresent(at -> out.append(LINE.formatted("Emails sent", at)));
        textsReadAt.ifPresent(at -> out.append(LINE.formatted("Texts sent", at)));
        out.append(LINE.formatted("Data kept in", dataDirectory.orElse("the PostgreSQL database configured")));
        out.append("  Demo sign-ins (password: demo)\n");
        for (DemoOrganisation organisation : DemoData.ORGANISATIONS) {
            out.append("  ").append(organisation.name()).append(" (").append(organisation.code()).append(")\n");
            organisation.users().forEach(u -> out.append("    %-15s %s%n".formatted(u.username(), u.role())));
        }
        DemoData.ORGANISATIONS.stream().filter(o -> o.funder() != null).forEach(o -> out.append("  ")
                .append(o.funder().name()).append(" (funds ").append(o.code()).append(")\n")
                .append("    %-15s commissioner%n".formatted(o.funder().commissioner())));
        out.append("  No One Left Behind, national (every demo service shares it)\n    %-15s national-commissioner%n"
                .formatted(DemoData.NATIONAL_LEAD));
        LOG.info(out);
    }
}
