package io.waymark.assessment;

import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** An advisor's appointment slot; it holds at most one live booking. */
@Entity
@Table(name = "assessment_slot")
public class AssessmentSlot extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advisor_id", updatable = false)
    public Staff advisor;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    /** A room and address, or a video link. */
    @Column(nullable = false)
    public String place;

    @Column(nullable = false)
    public boolean withdrawn;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    public static AssessmentSlot findExisting(UUID id) {
        return orNotFound(find("from AssessmentSlot s join fetch s.advisor where s.id = ?1", id).firstResult(),
                "assessment slot", id);
    }
}
