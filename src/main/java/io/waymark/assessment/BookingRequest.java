package io.waymark.assessment;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record BookingRequest(@NotNull UUID slotId, @NotNull UUID clientId) {
}
