package io.waymark.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The organisation the current unit of work acts for: the signed-in user's organisation claim, or the one a
 * background job chose through {@link TenantScope}.
 */
@RequestScoped
public class TenantContext {

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "waymark.security.organisation-claim", defaultValue = "organisation")
    String organisationClaim;

    private String chosen;

    public Optional<String> organisationCode() {
        return chosen != null ? Optional.of(chosen) : claim(organisationClaim);
    }

    /** A commissioner's funder, from the {@code funder} claim of their token. */
    public Optional<String> funderCode() {
        return chosen != null ? Optional.empty() : claim("funder");
    }

    /**
     * A national commissioner's programme, from the {@code programme} claim of their token; only their role carries
     * one, so that a claim on anyone else's token opens nothing.
     */
    public Optional<String> programmeCode() {
        return chosen != null || !identity.hasRole(Roles.NATIONAL_COMMISSIONER) ? Optional.empty() : claim("programme");
    }

    /** Whether there is anyone (or any job) the work is done for; without, it is Waymark's own work. */
    public boolean isActingForSomeone() {
        return chosen != null || !identity.isAnonymous();
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(name);
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString().strip());
    }

    void choose(String organisationCode) {
        this.chosen = organisationCode;
    }
}
