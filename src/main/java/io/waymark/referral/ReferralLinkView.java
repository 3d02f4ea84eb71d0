package io.waymark.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A partner's link. {@code address}, the link to send the partner, is given once, when the link is made: only its
 * secret's hash is kept, so a lost link is revoked and made again.
 */
public record ReferralLinkView(UUID id, String partner, String referralSource, List<PartnerQuestion> questions,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime revokedOn, int version,
        @JsonInclude(JsonInclude.Include.NON_NULL) String address) {
}
