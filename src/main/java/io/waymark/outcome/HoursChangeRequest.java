package io.waymark.outcome;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

public record HoursChangeRequest(@NotNull LocalDate effectiveFrom,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("80") @Digits(integer = 2, fraction = 1)
        BigDecimal hoursPerWeek) {
}
