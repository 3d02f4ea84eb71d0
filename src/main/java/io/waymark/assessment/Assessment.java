package io.waymark.assessment;

import io.waymark.client.Route;
import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** What the advisor decided after an attended booking: the route, needs and adjustments, and any review. */
@Entity
public class Assessment extends OrganisationOwned {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_id", updatable = false)
    public Booking booking;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    @Column(name = "needs_and_adjustments")
    public String needsAndAdjustments;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", updatable = false)
    public Staff recordedBy;

    @CreationTimestamp
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;
}
