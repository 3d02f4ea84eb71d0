package io.waymark.pathway;

import io.waymark.client.Stage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Move a client to a stage; the reason is needed for a move back or past a stage, the date defaults to today. */
public record StageMoveRequest(@NotNull Stage toStage, @PastOrPresent LocalDate movedOn, @Size(max = 2000) String reason) {
}
