package io.waymark.outcome;

import io.waymark.lists.Programme;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An organisation's outcome definition. The sustained rule's three parts are given together or not at all;
 * the follow-up schedule is ISO-8601 periods, for example "P4W,P13W,P26W,P52W".
 */
public record OutcomeDefinitionRequest(
        @NotBlank @Size(max = 100) String name,
        Programme programme,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("80") @Digits(integer = 2, fraction = 1)
        BigDecimal startMinWeeklyHours,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 1)
        BigDecimal startAfterPaidHours,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("80") @Digits(integer = 2, fraction = 1)
        BigDecimal sustainedWeeklyHours,
        @Min(1) @Max(104) Integer sustainedWeeks,
        @Min(1) @Max(104) Integer sustainedWindowWeeks,
        @NotBlank @Size(max = 100) String followUpSchedule,
        @NotNull Boolean countsRetained,
        @NotNull Boolean countsSelfEmployed) {
}
