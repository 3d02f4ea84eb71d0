package io.waymark.actionplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A goal as written with the client; the status defaults to OPEN. */
public record GoalRequest(@NotBlank @Size(max = 1000) String goal, @Size(max = 5000) String objectives,
        LocalDate targetDate, LocalDate reviewDate, GoalStatus status) {
}
