package io.waymark.outcome;

import java.time.LocalDate;
import java.util.UUID;

/** A check on a worker's list: overdue, or due by the end of this week. */
public record FollowUpDue(UUID followUpId, UUID outcomeId, UUID clientId, String clientReference, String clientName,
        String jobTitle, String label, LocalDate dueOn, boolean overdue) {
}
