package io.waymark.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The one way to change rows with SQL: the statement returns the ids it changed, and the audit trail is told of each,
 * so that nothing written outside Hibernate escapes the trail.
 */
@ApplicationScoped
public class AuditedSql {

    @Inject
    EntityManager em;

    @Inject
    Event<RowsWritten> written;

    @Inject
    SqlReads sql;

    /**
     * Runs one statement that writes at most a row and reads back one row: an insert whose rules are checked against
     * rows read in the same statement (a data-modifying CTE), so a hot write is one round trip. The trail is told of
     * the row it wrote, if it wrote one.
     *
     * @param written from the row read back, the row written, or empty when the statement wrote nothing
     */
    public <T> T writeOne(String sql, Map<String, ?> parameters, SqlReads.RowReader<T> reader,
            Function<T, Optional<RowsWritten>> written) {
        // Changes still held by Hibernate go first, as a native query through it would send them.
        Session session = em.unwrap(Session.class);
        if (session.isDirty()) {
            session.flush();
        }
        T row = this.sql.list(sql, parameters, reader).get(0);
        written.apply(row).ifPresent(this.written::fire);
        return row;
    }

    /**
     * Runs one statement that writes many rows and reads back a row for each it wrote (an {@code insert ...
     * returning}); the caller tells the trail of them, as their values differ ({@link RowsCreated}).
     */
    public <T> List<T> writeMany(String sql, Map<String, ?> parameters, SqlReads.RowReader<T> reader) {
        Session session = em.unwrap(Session.class);
        if (session.isDirty()) {
            session.flush();
        }
        return this.sql.list(sql, parameters, reader);
    }

    /**
     * Runs an {@code update}, {@code insert} or {@code delete} and tells the trail which rows it changed.
     *
     * @param sql the statement, without {@code returning}; its parameters are named
     * @param changes the fields it changes, before and after, as the trail should show them
     * @return how many rows it changed
     */
    public int run(String organisation, String entity, UUID client, Map<String, List<String>> changes, String sql,
            Map<String, Object> parameters) {
        return run(organisation, entity, "id", client, changes, sql, parameters);
    }

    /** As {@link #run(String, String, UUID, Map, String, Map)}, for a table whose rows are named by another column. */
    public int run(String organisation, String entity, String idColumn, UUID client, Map<String, List<String>> changes,
            String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql + " returning cast(" + idColumn + " as text)");
        parameters.forEach(query::setParameter);
        List<String> ids = query.getResultList().stream().map(String::valueOf).toList();
        if (!ids.isEmpty()) {
            String action = switch (sql.strip().substring(0, 6).toLowerCase()) {
                case "insert" -> "CREATE";
                case "delete" -> "DELETE";
                default -> "UPDATE";
            };
            written.fire(new RowsWritten(organisation, action, entity, ids, client, changes));
        }
        return ids.size();
    }
}
