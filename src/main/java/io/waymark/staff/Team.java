package io.waymark.staff;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A team of workers and team leads, with its own waiting list. */
@Entity
public class Team extends OrganisationOwned {

    @Column(nullable = false)
    public String name;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static Team findExisting(UUID id) {
        return orNotFound(findById(id), "team", id);
    }
}
