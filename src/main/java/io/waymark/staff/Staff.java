package io.waymark.staff;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;

/** A member of staff, linked to their identity-provider account (the token subject) on first sight. */
@Entity
public class Staff extends OrganisationOwned {

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static Staff findBySubject(String subject) {
        return find("subject", subject).firstResult();
    }
}
