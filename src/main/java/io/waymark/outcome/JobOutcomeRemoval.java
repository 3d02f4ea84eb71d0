package io.waymark.outcome;

import io.waymark.client.Client;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A job outcome recorded in error and removed: what it was, who removed it, when and why. The job itself is gone
 * from every list and report; this record (and the audit trail's entry for the deleted job) keeps the account.
 */
@Entity
@Table(name = "job_outcome_removal")
public class JobOutcomeRemoval extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    public Client client;

    @Column(name = "job_outcome_id", nullable = false, updatable = false)
    public UUID jobOutcomeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public OutcomeType type;

    @Column(name = "job_title", nullable = false, updatable = false)
    public String jobTitle;

    @Column(name = "employer_name", updatable = false)
    public String employerName;

    @Column(name = "start_date", nullable = false, updatable = false)
    public LocalDate startDate;

    @Column(nullable = false, updatable = false)
    public String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "removed_by", updatable = false)
    public Staff removedBy;

    @CreationTimestamp
    @Column(name = "removed_at", nullable = false, updatable = false)
    public OffsetDateTime removedAt;

    public static List<JobOutcomeRemoval> ofClient(UUID clientId) {
        return list("client.id = ?1 order by removedAt desc", clientId);
    }
}
