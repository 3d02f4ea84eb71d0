package io.waymark.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Set-up the API rightly refuses (a slot or a wait in the past), made directly in the database. */
public final class Database {

    private Database() {
    }

    /** Moves a slot to start {@code hoursAgo} hours ago, for an hour. */
    public static void moveSlotIntoThePast(DataSource dataSource, String slotId, long hoursAgo) {
        update(dataSource, "update assessment_slot set starts_at = now() - make_interval(hours => ?), "
                + "ends_at = now() - make_interval(hours => ?) + interval '1 hour' where id = ?", hoursAgo, hoursAgo, slotId);
    }

    static void update(DataSource dataSource, String sql, long a, long b, String id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setInt(1, (int) a);
            update.setInt(2, (int) b);
            update.setObject(3, UUID.fromString(id));
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no row " + id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
