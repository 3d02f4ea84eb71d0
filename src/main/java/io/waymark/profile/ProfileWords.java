package io.waymark.profile;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A vocational profile as written with the client, in their own words: each part optional, at least one given;
 * {@code writtenOn} the day (today when absent); {@code shareConditions} whether the client chose to tell employers
 * about the conditions and adjustments written here.
 */
public record ProfileWords(LocalDate writtenOn, @Size(max = 4000) String workHistory, @Size(max = 4000) String education,
        @Size(max = 4000) String skills, @Size(max = 4000) String interests, @Size(max = 4000) String workWanted,
        @Size(max = 1000) String hoursWanted, @Size(max = 4000) String betterOff, @Size(max = 2000) String travel,
        @Size(max = 4000) String conditions, boolean shareConditions, @Size(max = 4000) String supportAtWork,
        @Size(max = 4000) String referees) {
}
