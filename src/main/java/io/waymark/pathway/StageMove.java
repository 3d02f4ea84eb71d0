package io.waymark.pathway;

import io.waymark.client.Client;
import io.waymark.client.Stage;
import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** One step on a client's pathway: from which stage to which, when, by whom and why. */
@Entity
@Table(name = "stage_move")
public class StageMove extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    public Client client;

    /** Null for the first move, onto the pathway at referral. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", updatable = false)
    public Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, updatable = false)
    public Stage toStage;

    @Column(name = "moved_on", nullable = false, updatable = false)
    public LocalDate movedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "moved_by", updatable = false)
    public Staff movedBy;

    @Column(updatable = false)
    public String reason;

    @CreationTimestamp
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    /** The whole history of a client, oldest first, with who made each move. */
    /** The day of the client's latest move; none before their first. */
    public static LocalDate lastOf(UUID clientId) {
        return getEntityManager().createQuery("select max(m.movedOn) from StageMove m where m.client.id = ?1", LocalDate.class)
                .setParameter(1, clientId).getSingleResult();
    }

    public static List<StageMove> historyOf(UUID clientId) {
        return find("from StageMove m join fetch m.movedBy where m.client.id = ?1 order by m.movedOn, m.recordedAt",
                clientId).list();
    }
}
