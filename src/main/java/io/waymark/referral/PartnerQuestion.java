package io.waymark.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One of a partner's own questions on its referral form ("Which Work Coach referred them?"). */
public record PartnerQuestion(@NotBlank @Size(max = 200) String question, boolean required) {
}
