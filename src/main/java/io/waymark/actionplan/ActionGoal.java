package io.waymark.actionplan;

import io.waymark.client.Client;
import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** A goal of a client's action plan, with its objectives, target date and next review date. */
@Entity
@Table(name = "action_goal")
public class ActionGoal extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    public Client client;

    @Column(nullable = false)
    public String goal;

    public String objectives;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalStatus status = GoalStatus.OPEN;

    @Version
    @Column(nullable = false)
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
