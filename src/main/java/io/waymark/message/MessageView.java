package io.waymark.message;

import io.waymark.client.MessageChannel;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A message to a client as its record shows it: what, to whom, by which channel, whether it has gone, and what the
 * provider said became of it ({@code deliveryStatus}: GOV.UK Notify's delivered, permanent-failure, ... for a text).
 */
public record MessageView(UUID id, MessageChannel channel, MessageKind kind, String recipient, String subject,
        String body, MessageStatus status, int attempts, OffsetDateTime createdAt, OffsetDateTime sentAt,
        String deliveryStatus, OffsetDateTime deliveryStatusAt) {

    /** What the provider said, in a worker's words; empty until it says. */
    public String delivery() {
        if (deliveryStatus == null) {
            return "";
        }
        return switch (deliveryStatus) {
            case "delivered" -> "delivered";
            case "permanent-failure" -> "not delivered: the number may be wrong or no longer in use";
            case "temporary-failure" -> "not delivered: the phone was off or out of signal for three days";
            default -> "not delivered: the text provider had a technical problem";
        };
    }
}
