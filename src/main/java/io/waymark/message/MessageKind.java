package io.waymark.message;

/** What a message is for; one of each kind is sent about the same thing by the same channel. */
public enum MessageKind {
    BOOKING_CONFIRMATION,
    BOOKING_REMINDER
}
