package io.waymark.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/** Makes @Past and @PastOrPresent judge dates by the UK calendar, as the services do, whatever the server's zone. */
@ApplicationScoped
public class UkClockProvider implements ClockProvider {

    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
