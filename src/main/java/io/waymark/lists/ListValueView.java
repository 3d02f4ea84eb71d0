package io.waymark.lists;

import java.time.LocalDate;
import java.util.UUID;

/** A list's value as the API shows it; {@code version} is what a change must send back in If-Match. */
public record ListValueView(UUID id, ListName list, String code, String label, String countsAs,
        UUID outcomeDefinitionId, boolean shipped, int position, LocalDate retiredOn, int version) {
}
