package io.waymark.fidelity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A review as the reviewers record it: every one of the 25 items scored once. */
public record FidelityReviewRequest(UUID teamId, @NotNull FidelityReview.Kind kind,
        @NotNull @PastOrPresent LocalDate reviewedOn, @NotBlank @Size(max = 500) String reviewers,
        @Size(max = 5000) String notes, @NotNull List<@Valid @NotNull ScoreRequest> scores) {
}
