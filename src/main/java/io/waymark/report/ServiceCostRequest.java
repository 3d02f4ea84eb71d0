package io.waymark.report;

import io.waymark.lists.Programme;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost a manager enters: the amount spent over a period, for one funding stream or (left out) the whole service. */
public record ServiceCostRequest(
        Programme fundingStream,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @NotNull @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Size(max = 500) String note) {
}
