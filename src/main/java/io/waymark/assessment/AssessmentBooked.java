package io.waymark.assessment;

/**
 * A client was booked into a slot, in the booking's transaction: the messages feature writes the confirmation the
 * client agreed to receive into its outbox, so that it is sent if and only if the booking is saved.
 */
public record AssessmentBooked(Booking booking) {
}
