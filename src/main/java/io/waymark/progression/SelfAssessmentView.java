package io.waymark.progression;

import java.time.LocalDate;
import java.util.UUID;

/** A self-assessment as the client's record shows it, oldest first in a list so that the change reads left to right. */
public record SelfAssessmentView(UUID id, LocalDate assessedOn, int confidence, int jobSearch, int healthAtWork,
        int travel, String recordedBy) {
}
