package io.waymark.message;

import io.waymark.client.MessageChannel;

/**
 * One way of delivering messages (an SMTP server for email); another provider is another implementation. A delivery
 * either hands the message on, or throws: the sender then retries it later.
 */
public interface Delivery {

    MessageChannel channel();

    /** Whether it is configured to send (a provider's key given); messages are written only for one that is. */
    default boolean available() {
        return true;
    }

    /**
     * Whether the provider already has the message with this reference, for a provider that can be asked (so that a
     * message taken over from a sender that died is not sent again); false where it cannot be asked.
     */
    default boolean accepted(String reference) throws Exception {
        return false;
    }

    /** Hands the message on; {@code reference} is the message's id, for a provider that can be asked about it. */
    void deliver(Outgoing message) throws Exception;

    /** A claimed message as a delivery sends it. */
    record Outgoing(String reference, String recipient, String subject, String body, String attachmentName,
            String attachment) {
    }
}
