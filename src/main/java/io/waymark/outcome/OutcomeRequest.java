package io.waymark.outcome;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A job outcome as a worker records or corrects it. The employer is required unless self-employed; hourly pay is
 * required for a paid job and checked against the minimum wage on the outcome date ({@code apprentice}: the
 * apprentice rate may apply). {@code hoursPerWeek} are the hours at the start. On recording only,
 * {@code enterInWorkSupport} moves the client to in-work support on the start date, with {@code stageMoveReason}
 * when that move skips stages (a retained job needs none). {@code custom}: the organisation's own fields of job
 * outcomes by key ({@code GET /api/v1/custom-fields?record=JOB_OUTCOME}); on a correction, a key left out keeps its
 * value and null clears it.
 */
public record OutcomeRequest(
        @NotNull OutcomeType type,
        UUID employerId,
        UUID jobMatchId,
        @NotBlank @Size(max = 200) String jobTitle,
        @NotBlank @Size(max = 100) String sector,
        ContractType contractType,
        @NotNull @PastOrPresent LocalDate startDate,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("80") @Digits(integer = 2, fraction = 1)
        BigDecimal hoursPerWeek,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
        BigDecimal hourlyPay,
        boolean apprentice,
        boolean enterInWorkSupport,
        @Size(max = 2000) String stageMoveReason,
        Map<String, Object> custom) {

    /** An apprenticeship contract is an apprenticeship whatever the flag says. */
    public boolean isApprentice() {
        return apprentice || contractType == ContractType.APPRENTICESHIP;
    }
}
