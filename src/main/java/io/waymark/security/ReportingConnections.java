package io.waymark.security;

import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** The reporting datasource's connections, scoped to the organisation (or funder, or programme) as the primary's are. */
@ApplicationScoped
@DataSource("reporting")
public class ReportingConnections extends TenantConnections {
}
