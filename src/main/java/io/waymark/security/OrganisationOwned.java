package io.waymark.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.waymark.common.RecordNotFound;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A record that belongs to one organisation. Hibernate fills {@code organisationCode} from the current tenant on
 * insert and adds it to every query, so no query can forget the organisation (see {@link OrganisationTenantResolver}).
 */
@MappedSuperclass
public abstract class OrganisationOwned extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @TenantId
    @Column(name = "organisation_code", nullable = false, updatable = false)
    public String organisationCode;

    /** The record, or "not found": another organisation's record is answered exactly like a missing one. */
    protected static <T extends OrganisationOwned> T orNotFound(T found, String what, UUID id) {
        if (found == null) {
            throw new RecordNotFound(what, id);
        }
        return found;
    }
}
