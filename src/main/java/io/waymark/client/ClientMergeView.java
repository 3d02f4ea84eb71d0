package io.waymark.client;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A merge, explained: which record went into which, by whom, when, why, and what moved. */
public record ClientMergeView(UUID id, UUID keptClientId, UUID mergedClientId, String mergedReference,
        String mergedByName, OffsetDateTime mergedAt, String reason, String moved, String filled) {
}
