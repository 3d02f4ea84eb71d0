package io.waymark.progression;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The client's own scores, 1 (not at all) to 10 (completely): how confident they feel about working, their job-search
 * skills, managing their health at work, and getting to work; {@code assessedOn} today when absent.
 */
public record SelfAssessmentRequest(LocalDate assessedOn, @NotNull @Min(1) @Max(10) Integer confidence,
        @NotNull @Min(1) @Max(10) Integer jobSearch, @NotNull @Min(1) @Max(10) Integer healthAtWork,
        @NotNull @Min(1) @Max(10) Integer travel) {
}
