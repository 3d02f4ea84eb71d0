package io.waymark.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The messages written to one client, newest first: for their record and for subject access. */
@ApplicationScoped
public class ClientMessages {

    @Inject
    MessageMapper mapper;

    /** The client's ({@code :client}) messages as a JSON array of {@link MessageView}, newest first. */
    public static final String OF_CLIENT = """
            select json_agg(json_build_object('id', m.id, 'channel', m.channel, 'kind', m.kind,
                    'recipient', m.recipient, 'subject', m.subject, 'body', m.body, 'status', m.status,
                    'attempts', m.attempts, 'createdAt', m.created_at, 'sentAt', m.sent_at,
                    'deliveryStatus', m.delivery_status, 'deliveryStatusAt', m.delivery_status_at)
                    order by m.created_at desc, m.id)
            from message m where m.organisation_code = :organisation and m.client_id = :client""";

    public List<MessageView> of(UUID clientId) {
        return Message.<Message>list("clientId = ?1 order by createdAt desc, id", clientId).stream()
                .map(mapper::toView).toList();
    }
}
