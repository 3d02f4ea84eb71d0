package io.waymark.assessment;

/** A booking is live while BOOKED; it ends cancelled, attended or not attended. */
public enum BookingStatus {
    BOOKED,
    CANCELLED,
    ATTENDED,
    DID_NOT_ATTEND
}
