package io.waymark.customfield;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A field an organisation's administrator added to its records (the council ward, a commissioner's monitoring
 * question). Retired, it is no longer asked, and the records that have a value keep it.
 */
@Entity
@Table(name = "custom_field")
public class CustomField extends OrganisationOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public FieldRecord record;

    /** The field's name in the API and in the stored values: {@code parental_status}. */
    @Column(nullable = false, updatable = false)
    public String key;

    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public FieldKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> options = new ArrayList<>();

    public boolean required;

    /** Personal (about who the person is, or special-category): erasure removes the value. */
    public boolean personal;

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

    public static CustomField findExisting(UUID id) {
        return orNotFound(findById(id), "custom field", id);
    }

    /** The organisation's fields on the record, in the order the forms show them; retired ones too if asked. */
    public static List<CustomField> of(FieldRecord record, boolean withRetired) {
        return list("record = ?1" + (withRetired ? "" : " and retiredOn is null") + " order by position, label", record);
    }
}
