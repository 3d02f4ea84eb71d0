package io.waymark.document;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A document on a client's record, and on one of their jobs or sustainment checks if it is evidence of it. */
@Entity
@Table(name = "document")
public class Document extends OrganisationOwned {

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "job_outcome_id")
    public UUID jobOutcomeId;

    @Column(name = "follow_up_id")
    public UUID followUpId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "added_by", nullable = false, updatable = false)
    public UUID addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    public OffsetDateTime addedAt;

    /** Moves on with each new version, so that a replacement is based on the one the worker saw. */
    @Version
    public int version;

    static Document get(UUID id) {
        return orNotFound(findById(id), "Document", id);
    }
}
