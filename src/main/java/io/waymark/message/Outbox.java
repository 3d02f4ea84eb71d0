package io.waymark.message;

import io.waymark.client.Client;
import io.waymark.client.MessageChannel;
import io.waymark.common.AuditedSql;
import io.waymark.common.RowsWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes messages to the outbox, in the transaction of the act that causes them: by each channel the client agreed
 * to and Waymark can deliver by, once per thing, kind and channel however often it is asked.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    AuditedSql sql;

    @Inject
    Instance<Delivery> deliveries;

    @Inject
    Clock clock;

    /** A message's words, and an attachment (an .ics) if it has one. */
    public record Words(String subject, String body, String attachmentName, String attachment) {
    }

    /** How many messages were written: none when the client agreed to no channel Waymark can deliver by. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(Client client, MessageKind kind, UUID aboutId, Words words) {
        int written = 0;
        for (Delivery delivery : deliveries) {
            MessageChannel channel = delivery.channel();
            if (!client.agreedToMessagesBy(channel)) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("id", UUID.randomUUID());
            row.put("org", client.organisationCode);
            row.put("client", client.id);
            row.put("channel", channel.name());
            row.put("kind", kind.name());
            row.put("about", aboutId);
            row.put("recipient", channel == MessageChannel.EMAIL ? client.email : client.phone);
            row.put("subject", words.subject());
            row.put("body", words.body());
            row.put("attachmentName", words.attachmentName());
            row.put("attachment", words.attachment());
            row.put("now", OffsetDateTime.now(clock));
            // A reminder job on two replicas at once, or asked twice, writes one: the unique rule keeps the other out.
            written += sql.run(client.organisationCode, "Message", client.id,
                    Map.of("kind", Arrays.asList(null, kind.name()), "channel", Arrays.asList(null, channel.name()),
                            "recipient", Arrays.asList(null, RowsWritten.MASK)), """
                    insert into message (id, organisation_code, client_id, channel, kind, about_id, recipient, subject,
                                         body, attachment_name, attachment, not_before)
                    values (:id, :org, :client, :channel, :kind, :about, :recipient, cast(:subject as text), :body,
                            cast(:attachmentName as text), cast(:attachment as text), :now)
                    on conflict on constraint message_once do nothing""", row);
        }
        return written;
    }
}
