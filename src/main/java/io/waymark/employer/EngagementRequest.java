package io.waymark.employer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A note of contact with an employer; the date defaults to today. */
public record EngagementRequest(@PastOrPresent LocalDate engagedOn, @NotBlank @Size(max = 5000) String what) {
}
