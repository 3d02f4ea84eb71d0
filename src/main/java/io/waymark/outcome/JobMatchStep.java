package io.waymark.outcome;

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
import org.hibernate.annotations.CreationTimestamp;

/** One step of a job match's pipeline: the status reached, on which date, recorded by whom. */
@Entity
@Table(name = "job_match_step")
public class JobMatchStep extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_match_id", updatable = false)
    public JobMatch jobMatch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public JobMatchStatus status;

    @Column(name = "step_on", nullable = false, updatable = false)
    public LocalDate stepOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", updatable = false)
    public Staff staff;

    @Column(updatable = false)
    public String note;

    @CreationTimestamp
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;
}
