package io.waymark.message;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An organisation's own wording of one kind of message to clients, used instead of Waymark's standard wording. */
@Entity
@Table(name = "message_template")
public class MessageTemplate extends OrganisationOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MessageKind kind;

    /** The email's subject, its words, and the text message's words: each a Qute template of {@link Placeholder}s. */
    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String text;

    @Column(name = "changed_by", nullable = false)
    public UUID changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Version
    public int version;

    static MessageTemplate of(MessageKind kind) {
        return find("kind", kind).firstResult();
    }
}
