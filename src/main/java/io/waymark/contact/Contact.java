package io.waymark.contact;

import io.waymark.client.Client;
import io.waymark.client.Stage;
import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A case note: a contact with the client, what it was for and what happened. */
@Entity
public class Contact extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    public Client client;

    @Column(name = "happened_at", nullable = false)
    public OffsetDateTime happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactChannel channel;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    /** The pathway stage the contact served. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(nullable = false)
    public String notes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", updatable = false)
    public Staff recordedBy;

    @CreationTimestamp
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    /** A page of a client's contacts, newest first, with who recorded each. */
    public static List<Contact> newestFirst(UUID clientId, int page, int size) {
        return find("from Contact c join fetch c.recordedBy where c.client.id = ?1 order by c.happenedAt desc, c.id",
                clientId).page(page, size).list();
    }

    public static long countFor(UUID clientId) {
        return count("client.id", clientId);
    }
}
