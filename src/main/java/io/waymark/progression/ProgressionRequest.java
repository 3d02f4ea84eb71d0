package io.waymark.progression;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A progression to record: its kind, what it was, the day it started (or was completed or gained), the day a
 * placement ended, and its hours a week where it has them.
 */
public record ProgressionRequest(@NotNull ProgressionKind kind, @NotBlank @Size(max = 300) String what,
        @NotNull LocalDate happenedOn, LocalDate endedOn,
        @DecimalMin(value = "0.5") @DecimalMax(value = "60") @Digits(integer = 2, fraction = 1)
        BigDecimal hoursPerWeek) {
}
