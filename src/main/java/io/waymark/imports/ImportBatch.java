package io.waymark.imports;

import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An upload, from its dry run to its import and perhaps its undo. The mapping (per kind, the file's heading to the
 * field it fills) and the dry run's report are kept as JSON; the files themselves are in {@code import_file} until
 * the batch is imported or discarded.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch extends OrganisationOwned {

    public enum Status {
        CHECKED,
        IMPORTED,
        UNDONE,
        DISCARDED
    }

    @Column(name = "file_names", nullable = false)
    public String fileNames;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public String mapping;

    @Column(nullable = false)
    public String report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    public Staff uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "imported_by")
    public Staff importedBy;

    @Column(name = "imported_at")
    public OffsetDateTime importedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "undone_by")
    public Staff undoneBy;

    @Column(name = "undone_at")
    public OffsetDateTime undoneAt;

    @Version
    @Column(nullable = false)
    public int version;

    public static ImportBatch findExisting(UUID id) {
        return orNotFound(findById(id), "import", id);
    }

    /** The batch, held until the transaction ends: two confirmations (or an undo) of one batch take turns. */
    static ImportBatch lock(UUID id) {
        return orNotFound(findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE), "import", id);
    }
}
