package io.waymark.assessment;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record RebookingRequest(@NotNull UUID slotId) {
}
