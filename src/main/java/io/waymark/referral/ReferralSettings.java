package io.waymark.referral;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The organisation's referral rules: whether its public self-referral form is open, the working days a referral may
 * wait for a decision before it is flagged (default 5), and the days a declined referral is kept (default 90).
 */
public record ReferralSettings(@NotNull Boolean selfReferralOpen, @NotNull @Min(1) @Max(60) Integer reviewWorkingDays,
        @NotNull @Min(1) @Max(730) Integer declinedKeptDays) {
}
