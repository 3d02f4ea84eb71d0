package io.waymark.referral;

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
 * A referral as it was sent through the public form or a partner's link, then the team lead's decision. Accepted, it
 * points at the client it became; declined, it is deleted after the organisation's period.
 */
@Entity
@Table(name = "referral")
public class Referral extends OrganisationOwned {

    /** The partner's link it came through; null for a self-referral. */
    @Column(name = "link_id", updatable = false)
    public UUID linkId;

    /** The partner's name as the link had it when the referral came. */
    @Column(updatable = false)
    public String partner;

    @Column(name = "referral_source", nullable = false, updatable = false)
    public String referralSource;

    @Column(name = "received_at", nullable = false, updatable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "preferred_name")
    public String preferredName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    public String email;

    public String phone;

    public String postcode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contact_by", nullable = false)
    public List<String> contactBy = new ArrayList<>();

    /** What the person would like help with, in their (or the referrer's) words. */
    public String about;

    /** The words the person (or the partner, for them) agreed to, as the form showed them. */
    @Column(nullable = false, updatable = false)
    public String consent;

    @Column(name = "referrer_name")
    public String referrerName;

    @Column(name = "referrer_email")
    public String referrerEmail;

    @Column(name = "referrer_phone")
    public String referrerPhone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PartnerAnswer> answers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status = ReferralStatus.NEW;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "client_id")
    public UUID clientId;

    @Version
    public int version;

    public static Referral findExisting(UUID id) {
        return orNotFound(findById(id), "referral", id);
    }
}
