package io.waymark.actionplan;

import java.time.LocalDate;
import java.util.UUID;

public record GoalView(UUID id, UUID clientId, String goal, String objectives, LocalDate targetDate,
        LocalDate reviewDate, GoalStatus status, boolean reviewOverdue, int version) {
}
