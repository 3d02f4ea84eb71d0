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

    /** Whether its public self-referral form (/refer/{code}) takes referrals. */
    @Column(name = "self_referral_open", nullable = false)
    public boolean selfReferralOpen;

    /** Working days a referral may wait for a decision before it is flagged. */
    @Column(name = "referral_review_days", nullable = false)
    public int referralReviewDays = 5;

    /** Days a declined referral is kept before it is deleted. */
    @Column(name = "declined_referral_days", nullable = false)
    public int declinedReferralDays = 90;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
