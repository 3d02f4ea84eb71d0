package io.waymark.referral;

import io.waymark.client.DuplicateCandidate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A referral for its reviewers: as it was sent, how long it has waited in working days and whether that is past the
 * organisation's target ({@code overdue}), the decision, and (for one referral) the organisation's records that are
 * likely the same person.
 */
public record ReferralView(UUID id, ReferralStatus status, String referralSource, String partner,
        OffsetDateTime receivedAt, long workingDaysWaiting, boolean overdue, String firstName, String lastName,
        String preferredName, LocalDate dateOfBirth, String email, String phone, String postcode,
        List<String> contactBy, String about, String consent, String referrerName, String referrerEmail,
        String referrerPhone, List<PartnerAnswer> answers, OffsetDateTime decidedAt, String decidedBy,
        String declineReason, UUID clientId, int version, List<DuplicateCandidate> likelyDuplicates) {
}
