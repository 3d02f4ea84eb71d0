package io.waymark.fidelity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ScoreRequest(@NotNull FidelityItem item, @NotNull @Min(1) @Max(5) Integer score,
        @Size(max = 2000) String notes, @Size(max = 5000) String evidence) {
}
