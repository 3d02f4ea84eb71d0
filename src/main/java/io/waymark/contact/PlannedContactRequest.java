package io.waymark.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

public record PlannedContactRequest(@NotNull OffsetDateTime plannedFor, @NotNull ContactChannel channel,
        @NotBlank @Size(max = 500) String purpose) {
}
