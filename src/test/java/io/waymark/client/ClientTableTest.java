package io.waymark.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.audit.SubjectAccessExport;
import io.waymark.support.Database;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The one list of a client's tables is whole: a migration that adds a table pointing at a client fails here until
 * the table says what a merge, an erasure and subject access do with it.
 */
@QuarkusTest
class ClientTableTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyTableThatPointsAtAClientIsInTheList() {
        Set<String> pointing = new TreeSet<>(Database.column(dataSource, """
                select distinct c.table_name from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.table_name <> 'client'
                   and (c.column_name like '%client_id'
                        or exists (select 1 from information_schema.key_column_usage k
                                     join information_schema.referential_constraints r
                                       on r.constraint_name = k.constraint_name and r.constraint_schema = k.constraint_schema
                                     join information_schema.constraint_column_usage u
                                       on u.constraint_name = r.unique_constraint_name and u.constraint_schema = r.unique_constraint_schema
                                    where k.table_schema = c.table_schema and k.table_name = c.table_name
                                      and k.column_name = c.column_name and u.table_name = 'client'))"""));
        assertTrue(pointing.contains("planned_contact") && pointing.contains("client_merge"), pointing.toString());

        Set<String> listed = Arrays.stream(ClientTable.values()).map(t -> t.table).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pointing, listed, "tables that point at a client, against ClientTable");
    }

    @Test
    void everyTableWithSomethingOfThePersonIsAPartOfSubjectAccess() {
        Set<String> parts = Arrays.stream(SubjectAccessExport.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        List<String> missing = Arrays.stream(ClientTable.values())
                .filter(t -> t.subjectAccessPart != null && !parts.contains(t.subjectAccessPart))
                .map(t -> t.table + " -> " + t.subjectAccessPart).toList();
        assertEquals(List.of(), missing, "ClientTable parts missing from SubjectAccessExport");
        assertEquals(List.of(ClientTable.CLIENT_ERASURE), Arrays.stream(ClientTable.values())
                .filter(t -> t.subjectAccessPart == null).toList(), "only the erasure record is left out");
    }
}
