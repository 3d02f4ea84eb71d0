package io.waymark.message;

import io.waymark.client.MessageChannel;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A message to a client as its record shows it: what, to whom, by which channel, and whether it has gone. */
public record MessageView(UUID id, MessageChannel channel, MessageKind kind, String recipient, String subject,
        String body, MessageStatus status, int attempts, OffsetDateTime createdAt, OffsetDateTime sentAt) {
}
