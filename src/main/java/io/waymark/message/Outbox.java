package io.waymark.message;

import io.waymark.client.Client;
import io.waymark.client.MessageChannel;
import io.waymark.common.AuditedSql;
import io.waymark.common.RowsWritten;
import io.waymark.staff.Staff;
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
 * to and Waymark can deliver by, once per thing, kind and channel however often it is asked. A text written in the
 * quiet hours waits for 08:00.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    AuditedSql sql;

    @Inject
    Instance<Delivery> deliveries;

    @Inject
    Clock clock;

    /** A message's words: an email's subject, body and attachment (an .ics) if it has one; a text's few words. */
    public record Words(String subject, String body, String attachmentName, String attachment, String text) {
    }

    /**
     * An email to a member of staff, if they chose this kind and have an address; once per thing it is about. How many
     * were written (0 or 1).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int writeToStaff(Staff staff, MessageKind kind, UUID aboutId, String subject, String body) {
        if (staff.email == null || staff.email.isBlank() || !staff.notifications.contains(kind.name())) {
            return 0;
        }
        return insert(new To(staff.organisationCode, null, staff.id, MessageChannel.EMAIL, staff.email), kind, aboutId,
                new Words(subject, body, null, null, null), OffsetDateTime.now(clock));
    }

    /** How many messages were written: none when the client agreed to no channel Waymark can deliver by. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(Client client, MessageKind kind, UUID aboutId, Words words) {
        int written = 0;
        for (Delivery delivery : deliveries) {
            MessageChannel channel = delivery.channel();
            if (!delivery.available() || !client.agreedToMessagesBy(channel)) {
                continue;
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            written += insert(new To(client.organisationCode, client.id, null, channel,
                            channel == MessageChannel.EMAIL ? client.email : client.phone), kind, aboutId, words,
                    channel == MessageChannel.TEXT ? QuietHours.earliest(now) : now);
        }
        return written;
    }

    /** Whom a message goes to: a client or a member of staff, by a channel, at an address. */
    private record To(String organisation, UUID client, UUID staff, MessageChannel channel, String recipient) {
    }

    /**
     * One row of the outbox: an email's subject, words and attachment, or a text's few words. A reminder job on two
     * replicas at once, or asked twice, writes one: the unique rule keeps the other out.
     */
    private int insert(To to, MessageKind kind, UUID aboutId, Words words, OffsetDateTime notBefore) {
        boolean email = to.channel() == MessageChannel.EMAIL;
        Map<String, Object> row = new HashMap<>();
        row.put("id", UUID.randomUUID());
        row.put("org", to.organisation());
        row.put("client", to.client());
        row.put("staff", to.staff());
        row.put("channel", to.channel().name());
        row.put("kind", kind.name());
        row.put("about", aboutId);
        row.put("recipient", to.recipient());
        row.put("subject", email ? words.subject() : null);
        row.put("body", email ? words.body() : words.text());
        row.put("attachmentName", email ? words.attachmentName() : null);
        row.put("attachment", email ? words.attachment() : null);
        row.put("notBefore", notBefore);
        return sql.run(to.organisation(), "Message", to.client(), Map.of("kind", Arrays.asList(null, kind.name()),
                "channel", Arrays.asList(null, to.channel().name()), "recipient", Arrays.asList(null, RowsWritten.MASK)),
                """
                insert into message (id, organisation_code, client_id, staff_id, channel, kind, about_id, recipient,
                                     subject, body, attachment_name, attachment, not_before)
                values (:id, :org, cast(:client as uuid), cast(:staff as uuid), :channel, :kind, :about, :recipient,
                        cast(:subject as text), :body, cast(:attachmentName as text), cast(:attachment as text),
                        :notBefore)
                on conflict on constraint message_once do nothing""", row);
    }
}
