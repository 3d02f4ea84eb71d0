package io.waymark.client;

import java.util.UUID;

/** Filters for the client list; any may be null. {@code text} matches a name or the reference. */
public record ClientSearch(String text, Stage stage, ClientStatus status, UUID workerId) {
}
