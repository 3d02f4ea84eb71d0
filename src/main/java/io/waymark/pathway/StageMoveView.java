package io.waymark.pathway;

import io.waymark.client.Stage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record StageMoveView(UUID id, Stage fromStage, Stage toStage, LocalDate movedOn, UUID movedById,
        String movedByName, String reason, OffsetDateTime recordedAt) {
}
