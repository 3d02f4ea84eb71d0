package io.waymark.outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A job removed as recorded in error, as the client's record still shows it. */
public record JobRemovalView(UUID jobOutcomeId, OutcomeType type, String jobTitle, String employerName,
        LocalDate startDate, String reason, String removedByName, OffsetDateTime removedAt) {
}
