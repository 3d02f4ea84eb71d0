package io.waymark.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A weekly pattern: the same UK local time on the given days, every week from one date to another. */
public record SlotPatternRequest(@NotNull LocalDate fromDate, @NotNull LocalDate toDate,
        @NotEmpty Set<@NotNull DayOfWeek> daysOfWeek, @NotNull LocalTime startTime,
        @NotNull @Min(15) @Max(480) Integer lengthMinutes, @NotBlank @Size(max = 500) String place) {
}
