package io.waymark.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Declining a referral, with the reason (kept until the declined referral is deleted). */
public record DeclineRequest(@NotBlank @Size(max = 500) String reason) {
}
