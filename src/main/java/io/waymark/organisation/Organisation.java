package io.waymark.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A provider organisation: one tenant. Its code is the value of the organisation claim in users' tokens. */
@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** Client references are this prefix and a running number, e.g. CW-000042. */
    @Column(name = "client_ref_prefix", nullable = false)
    public String clientRefPrefix;

    @Column(name = "next_client_number", nullable = false)
    public int nextClientNumber;

    /** The caseload limit of every worker without a limit of their own. */
    @Column(name = "default_caseload_limit", nullable = false)
    public int defaultCaseloadLimit;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
