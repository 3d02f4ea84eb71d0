package io.waymark.client;

import java.util.UUID;

/**
 * Filters for the client list; any may be null. {@code text} finds a client by reference, name (typos allowed),
 * date of birth, phone, email, postcode or National Insurance number.
 */
public record ClientSearch(String text, Stage stage, ClientStatus status, UUID workerId, UUID teamId,
        Programme programme) {

    public static ClientSearch forText(String text) {
        return new ClientSearch(text, null, null, null, null, null);
    }
}
