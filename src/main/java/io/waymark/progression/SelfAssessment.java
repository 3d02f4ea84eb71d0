package io.waymark.progression;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The client's own scores, 1 to 10, of where they are on the way to work, on a day: the distance travelled. */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends OrganisationOwned {

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Column(nullable = false)
    public int confidence;

    @Column(name = "job_search", nullable = false)
    public int jobSearch;

    @Column(name = "health_at_work", nullable = false)
    public int healthAtWork;

    @Column(nullable = false)
    public int travel;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public UUID recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Version
    public int version;
}
