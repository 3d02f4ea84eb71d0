package io.waymark.profile;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of a client's vocational profile, as written with them on a day; never changed once saved. */
@Entity
@Table(name = "vocational_profile")
public class VocationalProfile extends OrganisationOwned {

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "written_on", nullable = false, updatable = false)
    public LocalDate writtenOn;

    @Column(name = "written_by", nullable = false, updatable = false)
    public UUID writtenBy;

    @Column(name = "work_history", updatable = false)
    public String workHistory;

    @Column(updatable = false)
    public String education;

    @Column(updatable = false)
    public String skills;

    @Column(updatable = false)
    public String interests;

    @Column(name = "work_wanted", updatable = false)
    public String workWanted;

    @Column(name = "hours_wanted", updatable = false)
    public String hoursWanted;

    @Column(name = "better_off", updatable = false)
    public String betterOff;

    @Column(updatable = false)
    public String travel;

    @Column(updatable = false)
    public String conditions;

    @Column(name = "share_conditions", nullable = false, updatable = false)
    public boolean shareConditions;

    @Column(name = "support_at_work", updatable = false)
    public String supportAtWork;

    @Column(updatable = false)
    public String referees;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
