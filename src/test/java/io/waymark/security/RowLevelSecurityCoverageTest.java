package io.waymark.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Database;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every table that holds an organisation's rows is confined by row-level security: a migration that adds one and
 * forgets its policy fails here, not in production.
 */
@QuarkusTest
class RowLevelSecurityCoverageTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyTableWithAnOrganisationHasRowLevelSecurityAndAPolicy() {
        List<String> tenantTables = Database.column(dataSource, """
                select c.table_name from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = current_schema() and c.column_name = 'organisation_code'
                   and t.table_type = 'BASE TABLE' and c.table_name not in ('flyway_schema_history')
                 order by 1""");
        assertTrue(tenantTables.contains("job_outcome_removal"), tenantTables.toString());
        List<String> unprotected = Database.column(dataSource, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relname = any (string_to_array(?, ','))
                   and (not c.relrowsecurity
                        or not exists (select 1 from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname))
                 order by 1""", String.join(",", tenantTables));
        assertEquals(List.of(), unprotected, "tables with an organisation_code but no row-level security policy");
    }
}
