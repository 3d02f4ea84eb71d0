package io.waymark.message;

import io.waymark.common.Clocks;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** No text message is sent between 21:00 and 08:00 UK time: one due then waits for 08:00. */
final class QuietHours {

    static final LocalTime FROM = LocalTime.of(21, 0);
    static final LocalTime UNTIL = LocalTime.of(8, 0);

    private QuietHours() {
    }

    /** The first moment from {@code at} that a text may be sent. */
    static OffsetDateTime earliest(OffsetDateTime at) {
        ZonedDateTime uk = at.atZoneSameInstant(Clocks.UK);
        if (uk.toLocalTime().isBefore(UNTIL)) {
            return uk.with(UNTIL).toOffsetDateTime();
        }
        if (!uk.toLocalTime().isBefore(FROM)) {
            return uk.plusDays(1).with(UNTIL).toOffsetDateTime();
        }
        return at;
    }
}
