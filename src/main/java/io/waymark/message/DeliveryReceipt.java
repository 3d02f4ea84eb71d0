package io.waymark.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * GOV.UK Notify's delivery receipt, as its callback sends it: our message's id as {@code reference}, and what became
 * of it. Notify may add fields; those Waymark does not use are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryReceipt(String id, String reference, String status,
        @JsonProperty("notification_type") String notificationType,
        @JsonProperty("completed_at") OffsetDateTime completedAt) {
}
