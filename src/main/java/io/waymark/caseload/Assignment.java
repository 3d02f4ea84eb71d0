package io.waymark.caseload;

import io.waymark.client.Client;
import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/**
 * One change of a client's worker: an assignment (from nobody), a transfer (from one worker to another) or a
 * return to the waiting list (to nobody).
 */
@Entity
public class Assignment extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    public Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_worker_id", updatable = false)
    public Staff fromWorker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_worker_id", updatable = false)
    public Staff toWorker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assigned_by", updatable = false)
    public Staff assignedBy;

    @CreationTimestamp
    @Column(name = "assigned_at", nullable = false, updatable = false)
    public OffsetDateTime assignedAt;

    @Column(updatable = false)
    public String reason;

    public static List<Assignment> historyOf(UUID clientId) {
        return find("""
                from Assignment a left join fetch a.fromWorker left join fetch a.toWorker join fetch a.assignedBy
                where a.client.id = ?1 order by a.assignedAt""", clientId).list();
    }
}
