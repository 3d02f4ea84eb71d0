package io.waymark.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A signed-in user without an organisation claim can see nothing, so they are told why at once. Commissioners belong
 * to a funder, not an organisation; what they may see is decided by the funded-service checks.
 */
public class OrganisationClaimFilter {

    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void requireOrganisation() {
        if (!identity.isAnonymous() && tenant.organisationCode().isEmpty() && !identity.hasRole(Roles.COMMISSIONER)
                && !identity.hasRole(Roles.NATIONAL_COMMISSIONER)) {
            throw new ForbiddenException("Your account is not linked to an organisation; ask your administrator");
        }
    }
}
