package io.waymark.actionplan;

import java.time.LocalDate;
import java.util.UUID;

/** An action-plan review on a worker's list: overdue, or due within the week. */
public record ReviewDue(UUID goalId, UUID clientId, String clientReference, String clientName, String goal,
        LocalDate reviewDate, boolean overdue) {
}
