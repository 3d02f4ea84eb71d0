package io.waymark.message;

import io.waymark.client.MessageChannel;
import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A message in the outbox: written in the transaction of the act that causes it, so it exists if and only if the act
 * was saved; then claimed, sent and marked by {@link MessageSending}.
 */
@Entity
@Table(name = "message")
public class Message extends OrganisationOwned {

    @Column(name = "client_id", updatable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MessageChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MessageKind kind;

    /** What it is about (a booking): with the kind and the channel, what makes it one of a kind. */
    @Column(name = "about_id", updatable = false)
    public UUID aboutId;

    @Column(nullable = false)
    public String recipient;

    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "attachment_name")
    public String attachmentName;

    public String attachment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageStatus status = MessageStatus.WAITING;

    @Column(name = "not_before", nullable = false)
    public OffsetDateTime notBefore;

    public int attempts;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** Written only by {@link DeliveryReceipts}. */
    @Column(name = "delivery_status", insertable = false, updatable = false)
    public String deliveryStatus;

    @Column(name = "delivery_status_at", insertable = false, updatable = false)
    public OffsetDateTime deliveryStatusAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public int version;
}
