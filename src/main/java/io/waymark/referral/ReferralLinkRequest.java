package io.waymark.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A partner's link: the partner's name as reviewers will see it, the referral source its referrals count as (a code or
 * name of the organisation's referral sources), and up to ten questions of the partner's own.
 */
public record ReferralLinkRequest(
        @NotBlank @Size(max = 100) String partner,
        @NotBlank String referralSource,
        @Size(max = 10) List<@Valid @NotNull PartnerQuestion> questions) {
}
