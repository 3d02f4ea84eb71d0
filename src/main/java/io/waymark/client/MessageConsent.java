package io.waymark.client;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The channels the client agreed to be messaged by (none: no messages); the whole set, replacing the last. */
public record MessageConsent(@NotNull Set<@NotNull MessageChannel> channels) {
}
