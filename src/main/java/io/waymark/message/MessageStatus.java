package io.waymark.message;

/** Where a message is: waiting to be sent (or retried), being sent by a sender that claimed it, sent, or given up. */
public enum MessageStatus {
    WAITING,
    SENDING,
    SENT,
    FAILED
}
