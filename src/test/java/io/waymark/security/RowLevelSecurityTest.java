package io.waymark.security;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Database;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database keeps organisations apart even when the code forgets to: these queries name no organisation, as a
 * careless native query would, and still see and touch only the organisation the work is done for.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager em;

    @Inject
    @DataSource("reporting")
    AgroalDataSource reporting;

    private String southClient;

    @BeforeEach
    void clientsInBothOrganisations() {
        Api.as(Tokens.worker(Tokens.NORTH)).refer(anActiveClient().named("Rhona", "Northcott"));
        southClient = Api.as(Tokens.worker(Tokens.SOUTH)).refer(anActiveClient().named("Sorcha", "Southey"));
    }

    @Test
    void aQueryWithoutAnOrganisationFilterSeesOnlyItsOwnOrganisationsRows() {
        List<?> organisations = tenantScope.call(Tokens.NORTH,
                () -> em.createNativeQuery("select distinct organisation_code from client").getResultList());
        assertEquals(List.of(Tokens.NORTH), organisations);

        List<?> southGroups = tenantScope.call(Tokens.NORTH, () -> em.createNativeQuery(
                "select client_group from client_group where client_id = :id").setParameter("id", UUID.fromString(southClient))
                .getResultList());
        assertEquals(List.of(), southGroups, "rows without an organisation column follow their client");
    }

    /** Reports read from their own pool (a replica in production): its connections are scoped the same way. */
    @Test
    void theReportingConnectionsAreScopedToTheOrganisationToo() {
        List<String> scope = tenantScope.call(Tokens.NORTH, () -> Database.column(reporting,
                "select unnest(array[current_user::text, current_setting('waymark.organisation')])"));
        assertEquals(List.of("waymark_app", Tokens.NORTH), scope);
        List<String> organisations = tenantScope.call(Tokens.NORTH,
                () -> Database.column(reporting, "select distinct organisation_code from client"));
        assertEquals(List.of(Tokens.NORTH), organisations);
    }

    @Test
    void anotherOrganisationsRowsCannotBeChangedOrAdded() {
        int renamed = tenantScope.call(Tokens.NORTH, () -> em.createNativeQuery(
                "update client set first_name = 'Changed' where id = :id").setParameter("id", UUID.fromString(southClient))
                .executeUpdate());
        assertEquals(0, renamed);
        Object firstName = tenantScope.call(Tokens.SOUTH, () -> em.createNativeQuery(
                "select first_name from client where id = :id").setParameter("id", UUID.fromString(southClient))
                .getSingleResult());
        assertEquals("Sorcha", firstName);

        PersistenceException refused = assertThrows(PersistenceException.class, () -> tenantScope.call(Tokens.NORTH,
                () -> em.createNativeQuery("insert into team (id, organisation_code, name) values (gen_random_uuid(), :org, 'Planted')")
                        .setParameter("org", Tokens.SOUTH).executeUpdate()));
        assertTrue(messages(refused).contains("row-level security"), messages(refused));
    }

    @Test
    void theAuditTrailCannotBeDeletedThroughTheApplicationsConnection() {
        PersistenceException refused = assertThrows(PersistenceException.class, () -> tenantScope.call(Tokens.NORTH,
                () -> em.createNativeQuery("delete from audit_event").executeUpdate()));
        assertTrue(messages(refused).contains("permission denied"), messages(refused));
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
