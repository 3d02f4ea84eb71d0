package io.waymark.document;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One file of a document: the first, or one that replaced it. Its bytes are in the store it names. */
@Entity
@Table(name = "document_version")
public class DocumentVersion extends OrganisationOwned {

    @Column(name = "document_id", nullable = false, updatable = false)
    public UUID documentId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(nullable = false, updatable = false)
    public String sha256;

    /** DATABASE or S3: where the bytes were written, so a change of setting never loses the older files. */
    @Column(nullable = false, updatable = false)
    public String storage;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public OffsetDateTime uploadedAt;

    /** Newest first. */
    static List<DocumentVersion> of(UUID documentId) {
        return list("documentId = ?1 order by number desc", documentId);
    }
}
