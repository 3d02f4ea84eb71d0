package io.waymark.contact;

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
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** A contact a worker means to make: shown on their "Today" until a contact with the client is recorded. */
@Entity
@Table(name = "planned_contact")
public class PlannedContact extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    public Client client;

    @Column(name = "planned_for", nullable = false)
    public OffsetDateTime plannedFor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactChannel channel;

    @Column(nullable = false)
    public String purpose;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "planned_by", updatable = false)
    public Staff plannedBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
