package io.waymark.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** Closing a client: why, and from when (today when left out). */
public record ClientClosure(@NotNull ClosureReason reason, @PastOrPresent LocalDate closedOn) {
}
