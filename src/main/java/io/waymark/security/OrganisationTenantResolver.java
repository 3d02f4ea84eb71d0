package io.waymark.security;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Tells Hibernate which organisation a session belongs to; every tenant-owned query is filtered by it. */
@PersistenceUnitExtension
@RequestScoped
public class OrganisationTenantResolver implements TenantResolver {

    /** Matches no organisation (codes are lower case), so a session without one sees no tenant data. */
    static final String NO_ORGANISATION = "-";

    @Inject
    TenantContext tenant;

    @Override
    public String getDefaultTenantId() {
        return NO_ORGANISATION;
    }

    @Override
    public String resolveTenantId() {
        return tenant.organisationCode().orElse(NO_ORGANISATION);
    }
}
