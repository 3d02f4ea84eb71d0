package io.waymark.security;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Hands each unit of work a connection that the database itself confines to its organisation (migrations V13, V19):
 * work for a user or a job runs as the role {@value #TENANT_ROLE} with the organisation (or a commissioner's funder, or
 * a national commissioner's programme) in settings the row-level security policies read, so a query that forgot its
 * filter still sees only that organisation's rows. Work for no one (start-up, the anonymous calendar feed's token
 * lookup) keeps the login role. Every acquisition sets all four, so nothing carries over from the connection's
 * previous user; in a transaction this runs once, when the transaction first takes the connection.
 */
@ApplicationScoped
public class TenantConnections implements AgroalPoolInterceptor {

    static final String TENANT_ROLE = "waymark_app";

    private static final String LOGIN_ROLE = "none";

    @Inject
    TenantContext tenant;

    @Override
    public void onConnectionAcquire(Connection connection) {
        boolean forSomeone = Arc.container().requestContext().isActive() && tenant.isActingForSomeone();
        String organisation = forSomeone ? tenant.organisationCode().orElse("") : "";
        String funder = forSomeone ? tenant.funderCode().orElse("") : "";
        String programme = forSomeone ? tenant.programmeCode().orElse("") : "";
        try (PreparedStatement scope = connection.prepareStatement("select set_config('role', ?, false),"
                + " set_config('waymark.organisation', ?, false), set_config('waymark.funder', ?, false),"
                + " set_config('waymark.programme', ?, false)")) {
            scope.setString(1, forSomeone ? TENANT_ROLE : LOGIN_ROLE);
            scope.setString(2, organisation);
            scope.setString(3, funder);
            scope.setString(4, programme);
            scope.execute();
        } catch (SQLException e) {
            // The pool turns this into a failed acquisition: the work gets no connection rather than an unscoped one.
            throw new IllegalStateException("Could not scope the database connection to the organisation", e);
        }
    }
}
