package io.waymark.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One entry of the audit trail, as read back (entries are written by {@link AuditTrail}, never through this). */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public Long id;

    @TenantId
    @Column(name = "organisation_code", updatable = false)
    public String organisationCode;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String actor;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    public String entity;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "client_id")
    public UUID clientId;

    /** Fields changed, as JSON: {"field": ["before", "after"]}; special-category values masked. */
    public String changes;
}
