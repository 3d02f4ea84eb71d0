package io.waymark.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The job ended; with {@code moveBackToJobMatching} the client goes back to job matching, with the reason kept. */
public record JobEndRequest(@NotNull LocalDate endDate, @NotBlank @Size(max = 500) String reason,
        boolean moveBackToJobMatching) {
}
