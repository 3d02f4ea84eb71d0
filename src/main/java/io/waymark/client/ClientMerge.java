package io.waymark.client;

import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A merge of a duplicate record into the one kept: who, when, why, and what moved, kept for ever. */
@Entity
@Table(name = "client_merge")
public class ClientMerge extends OrganisationOwned {

    @Column(name = "kept_client_id", nullable = false, updatable = false)
    public UUID keptClientId;

    @Column(name = "merged_client_id", nullable = false, updatable = false)
    public UUID mergedClientId;

    @Column(name = "merged_reference", nullable = false, updatable = false)
    public String mergedReference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "merged_by", updatable = false)
    public Staff mergedBy;

    @Column(name = "merged_at", insertable = false, updatable = false)
    public OffsetDateTime mergedAt;

    @Column(nullable = false, updatable = false)
    public String reason;

    /** What moved to the kept record, as "contacts=3, stage moves=2, ...". */
    @Column(nullable = false, updatable = false)
    public String moved;

    /** The kept record's empty fields that were filled from the merged one. */
    @Column(nullable = false, updatable = false)
    public String filled;
}
