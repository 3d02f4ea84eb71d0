package io.waymark.contact;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A planned contact; {@code met} once a contact with the client is recorded from its day on. */
public record PlannedContactView(UUID id, UUID clientId, String clientReference, String clientName,
        OffsetDateTime plannedFor, ContactChannel channel, String purpose, boolean met) {
}
