package io.waymark.employer;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** An employer the organisation works with; shared by all its workers. */
@Entity
public class Employer extends OrganisationOwned {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band")
    public SizeBand sizeBand;

    public String address;

    @Column(name = "local_authority")
    public String localAuthority;

    @Enumerated(EnumType.STRING)
    @Column(name = "disability_confident", nullable = false)
    public DisabilityConfident disabilityConfident = DisabilityConfident.NONE;

    public String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "employer_contact", joinColumns = @JoinColumn(name = "employer_id"))
    @OrderColumn(name = "position")
    public List<EmployerContact> contacts = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static Employer findExisting(UUID id) {
        return orNotFound(findById(id), "employer", id);
    }
}
