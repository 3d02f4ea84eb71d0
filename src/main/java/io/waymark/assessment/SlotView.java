package io.waymark.assessment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A slot, with its instant (offset as in the UK on that day) and its UK local date and time. */
public record SlotView(UUID id, UUID advisorId, String advisorName, OffsetDateTime startsAt, OffsetDateTime endsAt,
        LocalDate date, LocalTime startTime, int lengthMinutes, String place, boolean withdrawn) {
}
