package io.waymark.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Set-up the API rightly refuses (a slot or a wait in the past), made directly in the database. */
public final class Database {

    private Database() {
    }

    /** Moves a slot to start {@code hoursAgo} hours ago, for an hour. */
    public static void moveSlotIntoThePast(DataSource dataSource, String slotId, long hoursAgo) {
        update(dataSource, "update assessment_slot set starts_at = now() - make_interval(hours => ?), "
                + "ends_at = now() - make_interval(hours => ?) + interval '1 hour' where id = ?", (int) hoursAgo, (int) hoursAgo,
                UUID.fromString(slotId));
    }

    /** Starts the slot within the last hour but today (UK), so that it has begun and is still on today's diary. */
    public static void startSlotEarlierToday(DataSource dataSource, String slotId) {
        String start = "greatest(now() - interval '1 hour', "
                + "date_trunc('day', now() at time zone 'Europe/London') at time zone 'Europe/London')";
        update(dataSource, "update assessment_slot set starts_at = " + start + ", ends_at = " + start
                + " + interval '1 hour' where id = ?", UUID.fromString(slotId));
    }

    /** What the database holds for a client, to check what a page saved: the first column of each row. */
    public static List<String> column(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes one row as time or another hand would (a referral that arrived days ago); fails unless one changed. */
    public static void update(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no row " + parameters[parameters.length - 1]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
