package io.waymark.message;

import io.waymark.client.MessageChannel;

/**
 * One way of delivering messages (an SMTP server for email); another provider is another implementation. A delivery
 * either hands the message on, or throws: the sender then retries it later.
 */
public interface Delivery {

    MessageChannel channel();

    /** Hands the message on; {@code reference} is the message's id, for a provider that can be asked about it. */
    void deliver(Outgoing message) throws Exception;

    /** A claimed message as a delivery sends it. */
    record Outgoing(String reference, String recipient, String subject, String body, String attachmentName,
            String attachment) {
    }
}
