package io.waymark.referral;

import io.waymark.security.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A partner's referral link (a Jobcentre, an NHS team, a college). The link's secret is its credential, so only its
 * hash is kept; revoked, the link answers as if it never existed.
 */
@Entity
@Table(name = "referral_link")
public class ReferralLink extends OrganisationOwned {

    @Column(nullable = false)
    public String partner;

    /** A code of the organisation's referral sources: the source of every referral through the link. */
    @Column(name = "referral_source", nullable = false)
    public String referralSource;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PartnerQuestion> questions = new ArrayList<>();

    @Column(name = "token_hash", nullable = false, updatable = false)
    public String tokenHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_on")
    public OffsetDateTime revokedOn;

    @Version
    public int version;

    public static ReferralLink findExisting(UUID id) {
        return orNotFound(findById(id), "referral link", id);
    }
}
