package io.waymark.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.waymark.lists.Programme;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An outcome definition that ships with Waymark (domain.md): read-only, for every organisation to use or copy. */
@Entity
@Table(name = "shipped_outcome_definition")
public class ShippedOutcomeDefinition extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    public String source;

    @Embedded
    public OutcomeRule rule;
}
