package io.waymark.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads for the paths used all day: SQL straight into records, without entities, their dirty checking or a query's
 * translation on each call. The connection is the transaction's when there is one (so the tenant scoping and a read
 * of the same unit of work see the same rows), or a pooled one scoped on acquisition (TenantConnections); the
 * driver keeps each statement prepared on its connection after a few uses. Parameters are named ({@code :worker});
 * a fragment that yields a JSON array ({@code json_agg}) lets one statement carry several lists, read back into
 * records with {@link #jsonList}.
 */
@ApplicationScoped
public class SqlReads {

    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Reads one row of a record. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    public <T> List<T> list(String sql, Map<String, ?> parameters, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection()) {
            return list(connection, sql, parameters, reader);
        } catch (SQLException e) {
            throw new IllegalStateException("A read failed (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Reads on a connection the caller holds: another datasource's, or several reads in one transaction. */
    public <T> List<T> list(Connection connection, String sql, Map<String, ?> parameters, RowReader<T> reader) {
        Prepared statement = prepared.computeIfAbsent(sql, Prepared::of);
        try (PreparedStatement query = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.names().size(); i++) {
                query.setObject(i + 1, bindable(parameters, statement.names().get(i)));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("A read failed (SQLState " + e.getSQLState() + ")", e);
        }
    }

    public <T> Optional<T> one(String sql, Map<String, ?> parameters, RowReader<T> reader) {
        return list(sql, parameters, reader).stream().findFirst();
    }

    /** A statement whose one row's one column is a JSON array ({@code json_agg}), read as a list of records. */
    public <T> List<T> jsonArray(String sql, Map<String, ?> parameters, Class<T> type) {
        return one(sql, parameters, row -> jsonList(row.getString(1), type)).orElseThrow();
    }

    /**
     * A column holding a JSON array (null when the aggregate had no rows) as a list of records; moments come as UK
     * times, as the pages show them.
     */
    public <T> List<T> jsonList(String array, Class<T> type) {
        if (array == null) {
            return List.of();
        }
        JavaType listType = json.getTypeFactory().constructCollectionType(List.class, type);
        try {
            return json.readerFor(listType).with(TimeZone.getTimeZone(Clocks.UK)).readValue(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON column did not match " + type.getSimpleName(), e);
        }
    }

    /** A column holding a JSON object as a record, read as {@link #jsonList} reads each element. */
    public <T> T json(String object, Class<T> type) {
        try {
            return json.readerFor(type).with(TimeZone.getTimeZone(Clocks.UK)).readValue(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON column did not match " + type.getSimpleName(), e);
        }
    }

    private static Object bindable(Map<String, ?> parameters, String name) {
        if (!parameters.containsKey(name)) {
            throw new IllegalArgumentException("No value for :" + name);
        }
        Object value = parameters.get(name);
        return value instanceof Enum<?> e ? e.name() : value;
    }

    /** The statement with {@code ?} for each named parameter, and the names in order. */
    private record Prepared(String sql, List<String> names) {
        static Prepared of(String named) {
            List<String> names = new ArrayList<>();
            Matcher matcher = NAMED.matcher(named);
            StringBuilder sql = new StringBuilder();
            while (matcher.find()) {
                names.add(matcher.group(1));
                matcher.appendReplacement(sql, "?");
            }
            matcher.appendTail(sql);
            return new Prepared(sql.toString(), List.copyOf(names));
        }
    }
}
