package io.waymark.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** Services read "today" from this clock: dates in the field are UK dates, whatever the server's zone. */
public class Clocks {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(UK);
    }
}
