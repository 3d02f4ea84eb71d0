package io.waymark.assessment;

import io.waymark.client.Route;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record AssessmentRequest(@NotNull Route route, @Size(max = 5000) String needsAndAdjustments,
        LocalDate reviewDate) {
}
