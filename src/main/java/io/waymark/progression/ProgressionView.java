package io.waymark.progression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A progression as the client's record shows it. */
public record ProgressionView(UUID id, UUID clientId, ProgressionKind kind, String what, LocalDate happenedOn,
        LocalDate endedOn, BigDecimal hoursPerWeek, String recordedBy, OffsetDateTime recordedAt, int version) {
}
