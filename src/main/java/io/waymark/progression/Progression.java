package io.waymark.progression;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A step a client took towards work that is not a job: a placement, a course, a qualification. */
@Entity
@Table(name = "progression")
public class Progression extends OrganisationOwned {

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgressionKind kind;

    @Column(nullable = false)
    public String what;

    @Column(name = "happened_on", nullable = false)
    public LocalDate happenedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "hours_per_week")
    public BigDecimal hoursPerWeek;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public UUID recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Version
    public int version;
}
