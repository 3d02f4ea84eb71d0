package io.waymark.fidelity;

import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import io.waymark.staff.Team;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A fidelity review (full or readiness) of a team's IPS service: 25 scored items, the total and its band. */
@Entity
@Table(name = "fidelity_review")
public class FidelityReview extends OrganisationOwned {

    public enum Kind { FULL, READINESS }

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id", updatable = false)
    public Team team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    public LocalDate reviewedOn;

    @Column(nullable = false, updatable = false)
    public String reviewers;

    public String notes;

    @Column(nullable = false, updatable = false)
    public int total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public FidelityBand band;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", updatable = false)
    public Staff recordedBy;

    @ElementCollection
    @CollectionTable(name = "fidelity_item_score", joinColumns = @JoinColumn(name = "review_id"))
    public List<FidelityScore> scores = new ArrayList<>();

    public static FidelityReview findExisting(UUID id) {
        return orNotFound(findById(id), "fidelity review", id);
    }
}
