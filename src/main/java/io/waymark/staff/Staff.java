package io.waymark.staff;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member of staff, linked to their identity-provider account (the token subject) on first sight. */
@Entity
public class Staff extends OrganisationOwned {

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** Realm roles as last seen in their token, comma-separated: for display only, the token decides access. */
    @Column(nullable = false)
    public String roles = "";

    /** What they choose to be emailed: {@code CLIENT_ASSIGNED}, {@code REFERRAL_WAITING}, {@code MORNING_DIGEST}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> notifications = new ArrayList<>(List.of("CLIENT_ASSIGNED", "REFERRAL_WAITING", "MORNING_DIGEST"));

    /** The one team this member belongs to, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role")
    public TeamRole teamRole;

    /** This worker's own caseload limit (part-time or new staff); null means the organisation's default. */
    @Column(name = "caseload_limit")
    public Integer caseloadLimit;

    public static Staff findExisting(UUID id) {
        return orNotFound(findById(id), "member of staff", id);
    }

    public boolean isWorkerIn(Team candidate) {
        return team != null && team.id.equals(candidate.id) && teamRole == TeamRole.WORKER;
    }

    public static Staff findBySubject(String subject) {
        return find("subject", subject).firstResult();
    }
}
