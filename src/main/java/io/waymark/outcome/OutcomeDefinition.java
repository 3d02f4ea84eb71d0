package io.waymark.outcome;

import io.waymark.lists.Programme;
import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An organisation's own outcome definition, usually a copy of a shipped one that its administrator edited. */
@Entity
@Table(name = "outcome_definition")
public class OutcomeDefinition extends OrganisationOwned {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    @Column(name = "based_on")
    public UUID basedOn;

    @Embedded
    public OutcomeRule rule = new OutcomeRule();

    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
