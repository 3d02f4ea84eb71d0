package io.waymark.lists;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One value of one of an organisation's lists: shipped (the national values and the UK's councils, which it may
 * retire but not change) or its own, counted as a national value. Retired, it is no longer offered, and the records
 * that have it keep it.
 */
@Entity
@Table(name = "list_value")
public class ListValue extends OrganisationOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ListName list;

    /** The value's name in the API and on the record: {@code GLASGOW_WORKS}, {@code IPS}, {@code S12000049}. */
    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    /** The national value it counts as in the reports and the quarterly return; null for a local authority. */
    @Column(name = "counts_as")
    public String countsAs;

    /** A programme's outcome definition, own or shipped: its follow-up schedule and the rule of its figures. */
    @Column(name = "outcome_definition_id")
    public UUID outcomeDefinitionId;

    @Column(updatable = false)
    public boolean shipped;

    public int position;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public boolean retired() {
        return retiredOn != null;
    }

    public static ListValue findExisting(ListName list, UUID id) {
        ListValue value = findById(id);
        return orNotFound(value == null || value.list != list ? null : value, "list value", id);
    }
}
