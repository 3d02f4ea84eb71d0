package io.waymark.message;

/** What a message is for; one of each kind is sent about the same thing by the same channel. */
public enum MessageKind {
    BOOKING_CONFIRMATION,
    BOOKING_REMINDER,
    PLANNED_CONTACT_REMINDER,
    SUSTAINMENT_CHECK,
    /** To staff, each of their choosing ({@code staff.notifications}). */
    CLIENT_ASSIGNED,
    REFERRAL_WAITING,
    MORNING_DIGEST
}
