package io.waymark.outcome;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The answer to a follow-up: "in employment" with the current hours; "not in employment" since when; how it was
 * verified; "unknown" with a reason. The date checked defaults to today.
 */
public record FollowUpAnswerRequest(
        @NotNull FollowUpAnswer answer,
        @PastOrPresent LocalDate checkedOn,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("80") @Digits(integer = 2, fraction = 1)
        BigDecimal hoursPerWeek,
        Verification verifiedBy,
        @PastOrPresent LocalDate notInEmploymentSince,
        @Size(max = 1000) String reason) {
}
