package io.waymark.contact;

import io.waymark.client.Stage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A contact as a worker records it; the time defaults to now and the stage to the client's current one. */
public record ContactRequest(
        OffsetDateTime happenedAt,
        @NotNull ContactChannel channel,
        @NotNull @Min(1) @Max(1440) Integer durationMinutes,
        Stage stage,
        @NotBlank @Size(max = 10000) String notes) {
}
