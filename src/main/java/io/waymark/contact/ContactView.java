package io.waymark.contact;

import io.waymark.client.Stage;
import java.time.OffsetDateTime;
import java.util.UUID;

public record ContactView(UUID id, OffsetDateTime happenedAt, ContactChannel channel, int durationMinutes,
        Stage stage, String notes, UUID recordedById, String recordedByName, OffsetDateTime recordedAt) {
}
