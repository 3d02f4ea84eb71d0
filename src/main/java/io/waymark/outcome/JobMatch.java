package io.waymark.outcome;

import io.waymark.client.Client;
import io.waymark.employer.Employer;
import io.waymark.employer.Opportunity;
import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A client matched to an employer (and perhaps one of its opportunities), followed through to an answer. */
@Entity
@Table(name = "job_match")
public class JobMatch extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    public Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", updatable = false)
    public Employer employer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opportunity_id", updatable = false)
    public Opportunity opportunity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobMatchStatus status;

    @Column(name = "status_on", nullable = false)
    public LocalDate statusOn;

    @Version
    @Column(nullable = false)
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    static JobMatch findWithEmployer(UUID clientId, UUID matchId) {
        return orNotFound(JobMatch.<JobMatch>find("""
                from JobMatch m join fetch m.employer left join fetch m.opportunity
                where m.id = ?1 and m.client.id = ?2""", matchId, clientId).firstResult(), "job match", matchId);
    }
}
