package io.waymark.outcome;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours per week of a job from a date on, until the next change. */
@Entity
@Table(name = "outcome_hours")
public class OutcomeHours extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_outcome_id", updatable = false)
    public JobOutcome jobOutcome;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "hours_per_week", nullable = false)
    public BigDecimal hoursPerWeek;
}
