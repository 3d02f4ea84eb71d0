package io.waymark.outcome;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The next step of a match; the date defaults to today. */
public record JobMatchStepRequest(@NotNull JobMatchStatus status, @PastOrPresent LocalDate on,
        @Size(max = 2000) String note) {
}
