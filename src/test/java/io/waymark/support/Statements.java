package io.waymark.support;

import java.util.List;
import javax.sql.DataSource;

/** The SQL statements the service runs for an act, as PostgreSQL saw them (pg_stat_statements). */
public record Statements(long count, List<String> texts) {

    /** Statements run while {@code act} ran, the tenant scoping included and BEGIN and COMMIT not. */
    public static Statements during(DataSource dataSource, Runnable act) {
        Database.column(dataSource, "select pg_stat_statements_reset()");
        act.run();
        List<String> ran = Database.column(dataSource, """
                select calls || ' x ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 160) from pg_stat_statements
                where query not like '%pg_stat_statements%' order by query""");
        // Less one: the tenant scoping of the connection this read itself took from the pool (TenantConnections).
        return new Statements(ran.stream().mapToLong(text -> Long.parseLong(text.substring(0, text.indexOf(' ')))).sum() - 1,
                ran);
    }

    @Override
    public String toString() {
        return count + " statements:\n" + String.join("\n", texts);
    }
}
