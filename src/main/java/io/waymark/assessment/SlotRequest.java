package io.waymark.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** One slot, at a UK local date and time. */
public record SlotRequest(@NotNull LocalDate date, @NotNull LocalTime startTime,
        @NotNull @Min(15) @Max(480) Integer lengthMinutes, @NotBlank @Size(max = 500) String place) {
}
