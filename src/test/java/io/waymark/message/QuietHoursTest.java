package io.waymark.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** No text between 21:00 and 08:00 UK time, in winter and in summer time alike. */
class QuietHoursTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static OffsetDateTime uk(String at) {
        return LocalDateTime.parse(at).atZone(UK).toOffsetDateTime();
    }

    @Test
    void aTextDueInTheQuietHoursWaitsForEightInTheMorning() {
        assertEquals(uk("2026-12-03T20:59"), QuietHours.earliest(uk("2026-12-03T20:59")));
        assertEquals(uk("2026-12-04T08:00"), QuietHours.earliest(uk("2026-12-03T21:00")));
        assertEquals(uk("2026-12-04T08:00"), QuietHours.earliest(uk("2026-12-03T23:59")));
        assertEquals(uk("2026-12-04T08:00"), QuietHours.earliest(uk("2026-12-04T00:30")));
        assertEquals(uk("2026-12-04T08:00"), QuietHours.earliest(uk("2026-12-04T07:59")));
        assertEquals(uk("2026-12-04T08:00"), QuietHours.earliest(uk("2026-12-04T08:00")));
        // British Summer Time: 21:30 BST is 20:30 UTC, still quiet.
        assertEquals(uk("2026-07-02T08:00"), QuietHours.earliest(uk("2026-07-01T21:30")));
        assertEquals(Instant.parse("2026-07-02T07:00:00Z"), QuietHours.earliest(uk("2026-07-01T21:30")).toInstant());
    }
}
