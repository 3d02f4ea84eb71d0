package io.waymark.client;

import io.waymark.common.InvalidInput;
import java.time.LocalDate;

/**
 * A case is about to close on a day (a closure, or a withdrawal of consent). Fired before the change, in its
 * transaction: each feature that records events of the case refuses a closure dated before its last one, which would
 * silently drop that event out of every period.
 */
public record ClientClosing(Client client, LocalDate closedOn, String field) {

    /** Refuses the closure when the feature's last event of the case came after it. */
    public void requireNotBefore(LocalDate lastEvent, String what) {
        if (lastEvent != null && lastEvent.isAfter(closedOn)) {
            throw new InvalidInput(field, "the case has " + what + " on " + lastEvent
                    + ", after this date: a case cannot close before the last thing recorded on it");
        }
    }
}
