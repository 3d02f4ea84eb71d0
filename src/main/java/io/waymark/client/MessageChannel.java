package io.waymark.client;

/** How Waymark may message a client, when they agree: an email, or a text message to their phone. */
public enum MessageChannel {
    EMAIL,
    TEXT
}
