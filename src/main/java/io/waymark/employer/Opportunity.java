package io.waymark.employer;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A vacancy, a carved job or a work trial at an employer, with the hours and pay offered. */
@Entity
public class Opportunity extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", updatable = false)
    public Employer employer;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityKind kind;

    @Column(name = "hours_per_week")
    public BigDecimal hoursPerWeek;

    @Column(name = "hourly_pay")
    public BigDecimal hourlyPay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityStatus status = OpportunityStatus.OPEN;

    public String notes;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static Opportunity findExisting(UUID id) {
        return orNotFound(findById(id), "opportunity", id);
    }
}
